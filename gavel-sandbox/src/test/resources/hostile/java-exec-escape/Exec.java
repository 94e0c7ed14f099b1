public class Exec {
    public static void main(String[] args) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "echo uid=$(id -u); (sleep 30; echo late > late.txt) & echo spawned").inheritIO().start();
        p.waitFor();
        System.out.println("parent done");
    }
}
