// No @EXPECTED_RESULTS@ line: DOMjudge has no memory-limit keyword; the folder says it.
// Keeps allocating 64 MiB long[] arrays (and writing to them) until the heap runs out:
// an OutOfMemoryError is a memory-limit verdict.
import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;

public class Hog {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long a = sc.nextLong();
        long b = sc.nextLong();
        List<long[]> keep = new ArrayList<>();
        long check = 0;
        for (int i = 0; i < 64; i++) {          // up to 4 GiB in total
            long[] block = new long[8 << 20];    // 8 Mi longs = 64 MiB
            java.util.Arrays.fill(block, i + 1);
            keep.add(block);
            check += block[i];
        }
        System.out.println(a + b + (check < 0 ? 1 : 0) + keep.size() * 0L);
    }
}
