// @EXPECTED_RESULTS@: CORRECT
// A submission made of two files (this directory is one submission).
// Main reads the input; Adder (in Adder.java) does the arithmetic.
import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long a = sc.nextLong();
        long b = sc.nextLong();
        System.out.println(new Adder(a).plus(b));
    }
}
