// @EXPECTED_RESULTS@: CORRECT
// Scientific notation, e.g. 3.414213562e+00: the default validator with a float
// tolerance must accept any valid formatting of a real number.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Locale;
import java.util.StringTokenizer;

public class Scientific {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        long[] x = new long[n];
        long[] y = new long[n];
        for (int i = 0; i < n; i++) {
            StringTokenizer st = new StringTokenizer(in.readLine());
            x[i] = Long.parseLong(st.nextToken());
            y[i] = Long.parseLong(st.nextToken());
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            total += Math.hypot(x[i] - x[j], y[i] - y[j]);
        }
        System.out.println(String.format(Locale.ROOT, "%.9e", total));
    }
}
