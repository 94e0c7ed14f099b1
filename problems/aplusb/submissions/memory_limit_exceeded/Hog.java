// No @EXPECTED_RESULTS@ line: DOMjudge has no memory-limit keyword; the folder says it.
// Keeps huge long[] arrays of 256 MiB each (the JVM zeroes them, so they are touched)
// until the heap runs out: an OutOfMemoryError is a memory-limit verdict.
// Few, big allocations keep the garbage collector's CPU time low, so the memory limit
// is hit long before the time limit.
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
        for (int i = 0; i < 16; i++) {          // up to 4 GiB in total
            long[] block = new long[32 << 20];   // 32 Mi longs = 256 MiB
            block[i] = i + 1;
            keep.add(block);
            check += block[i];
        }
        System.out.println(a + b + (check < 0 ? 1 : 0) + keep.size() * 0L);
    }
}
