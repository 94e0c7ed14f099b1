import std.array : split;
import std.conv : to;
import std.stdio;
import std.string : strip;

void main() {
    string s;
    foreach (line; stdin.byLineCopy) s ~= line ~ " ";
    s = s.strip;
    if (s == "") {
        writeln("Hello, World!");
    } else if (s == "re") {
        throw new Exception("runtime error on purpose");
    } else if (s == "tle") {
        ulong x = 0;
        while (x < 1_000_000_007) {
            x = (x * 31 + 7) % 1_000_000_007;
        }
        writeln(x);
    } else if (s == "mle") {
        ubyte[][] keep;
        while (true) {
            auto b = new ubyte[1 << 20];
            b[] = 1;
            keep ~= b;
        }
    } else {
        auto t = s.split;
        writeln(t[0].to!long + t[1].to!long);
    }
}
