// @EXPECTED_RESULTS@: CORRECT
// Hashing, scanning right to left: reports a pair near the end of the array,
// on two lines (whitespace is free-form for the validator).
import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashMap;

public class FromTheRight {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(System.in);
        byte[] all = in.readAllBytes();
        int[] pos = {0};
        int n = (int) next(all, pos);
        long s = next(all, pos);
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = next(all, pos);
        HashMap<Long, Integer> seen = new HashMap<>();
        for (int j = n - 1; j >= 0; j--) {
            Integer i = seen.get(s - a[j]);
            if (i != null) {
                System.out.println(i + 1);
                System.out.println(j + 1);
                return;
            }
            seen.putIfAbsent(a[j], j);
        }
        System.out.println(-1);
    }

    private static long next(byte[] b, int[] pos) {
        int p = pos[0];
        while (b[p] == ' ' || b[p] == '\n' || b[p] == '\r') p++;
        boolean neg = b[p] == '-';
        if (neg) p++;
        long v = 0;
        while (p < b.length && b[p] >= '0' && b[p] <= '9') v = v * 10 + (b[p++] - '0');
        pos[0] = p;
        return neg ? -v : v;
    }
}
