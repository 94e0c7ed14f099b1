public class Bomb {
    public static void main(String[] args) {
        int n = 0;
        try {
            while (true) {
                Thread t = new Thread(() -> { try { Thread.sleep(100000); } catch (InterruptedException e) { } });
                t.setDaemon(true);
                t.start();
                n++;
            }
        } catch (Throwable e) {
            System.out.println("thread limit after " + n + ": " + e);
        }
        System.exit(0);
    }
}
