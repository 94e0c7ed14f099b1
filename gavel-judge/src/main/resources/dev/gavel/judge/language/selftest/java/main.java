import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

// The file is submitted as Main.java: Gavel finds the class with main and renames the file after it.
public class Solution {
    record Pair(long a, long b) {
        long sum() {
            return a + b;
        }
    }

    public static void main(String[] args) throws IOException {
        String in = new String(System.in.readAllBytes()).trim();
        switch (in) {
            case "" -> System.out.println("Hello, World!");
            case "re" -> throw new IllegalStateException("runtime error on purpose");
            case "tle" -> {
                long x = 0;
                while (true) {
                    x++;
                    if (x == Long.MIN_VALUE) System.out.println(x);
                }
            }
            case "mle" -> {
                List<long[]> keep = new ArrayList<>();
                while (true) keep.add(new long[1 << 17]);
            }
            default -> {
                String[] t = in.split("\\s+");
                System.out.println(new Pair(Long.parseLong(t[0]), Long.parseLong(t[1])).sum());
            }
        }
    }
}
