// Helper class of the multi-file submission java-multifile (see Main.java).
public class Adder {
    private final long base;

    public Adder(long base) {
        this.base = base;
    }

    public long plus(long other) {
        return Math.addExact(base, other);
    }
}
