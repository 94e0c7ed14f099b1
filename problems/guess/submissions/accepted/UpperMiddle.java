// @EXPECTED_RESULTS@: CORRECT
// Binary search that asks the UPPER middle (a different query sequence from the other
// accepted submissions) and stops asking once one candidate is left; uses a
// BufferedReader, printf and an explicit System.out.flush().
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class UpperMiddle {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        long lo = 1, hi = 1_000_000_000L;
        while (true) {
            long mid = (lo == hi) ? lo : (lo + hi + 1) / 2;
            System.out.printf("? %d%n", mid);
            System.out.flush();
            String reply = in.readLine();
            if (reply == null) return;
            reply = reply.trim();
            if (reply.equals("=")) return;
            if (reply.equals("<")) hi = mid - 1;
            else lo = mid + 1;
        }
    }
}
