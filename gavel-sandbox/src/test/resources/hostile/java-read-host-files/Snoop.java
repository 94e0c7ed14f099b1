import java.nio.file.Files;
import java.nio.file.Path;
public class Snoop {
    public static void main(String[] args) throws Exception {
        for (String p : new String[] {"/etc/shadow", "/work", "/root", "/home", "/proc/1/environ", "/box/../neighbour/secret.txt"}) {
            try {
                if (Files.isDirectory(Path.of(p))) System.out.println("LISTED " + p + " " + Files.list(Path.of(p)).toList());
                else System.out.println("READ " + p + " " + Files.readString(Path.of(p)));
            } catch (Exception e) {
                System.out.println("denied " + p + " " + e.getClass().getSimpleName());
            }
        }
        try {
            new java.net.Socket("1.1.1.1", 53).close();
            System.out.println("CONNECTED");
        } catch (Exception e) {
            System.out.println("no network " + e.getClass().getSimpleName());
        }
    }
}
