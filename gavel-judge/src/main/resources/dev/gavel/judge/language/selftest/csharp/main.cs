using System;
using System.Collections.Generic;

class Program {
    static void Main() {
        string s = Console.In.ReadToEnd().Trim();
        if (s == "") {
            Console.WriteLine("Hello, World!");
        } else if (s == "re") {
            throw new InvalidOperationException("runtime error on purpose");
        } else if (s == "tle") {
            long x = 0;
            while (true) {
                x++;
                if (x == long.MinValue) Console.WriteLine(x);
            }
        } else if (s == "mle") {
            var keep = new List<long[]>();
            while (true) {
                var a = new long[1 << 17];
                for (int i = 0; i < a.Length; i += 512) a[i] = i;
                keep.Add(a);
            }
        } else {
            var t = s.Split((char[]) null, StringSplitOptions.RemoveEmptyEntries);
            Console.WriteLine(long.Parse(t[0]) + long.Parse(t[1]));
        }
    }
}
