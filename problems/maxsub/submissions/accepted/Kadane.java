// @EXPECTED_RESULTS@: CORRECT
// Expected score: 100.
import java.io.DataInputStream;
import java.io.IOException;

public class Kadane {
    public static void main(String[] args) throws IOException {
        byte[] b = new DataInputStream(System.in).readAllBytes();
        int[] p = {0};
        int n = (int) next(b, p);
        long best = Long.MIN_VALUE, cur = 0;
        for (int i = 0; i < n; i++) {
            long v = next(b, p);
            cur = (i == 0) ? v : Math.max(v, cur + v);
            best = Math.max(best, cur);
        }
        System.out.println(best);
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
