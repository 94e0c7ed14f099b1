package dev.gavel.sandbox.box;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.sandbox.BoxConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The man page is the contract: it must name exactly the flags that {@code --help} lists. */
class HelpManPageTest {

    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*");

    private static Set<String> flags(String text) {
        Set<String> s = new TreeSet<>();
        Matcher m = FLAG.matcher(text);
        while (m.find()) s.add(m.group());
        return s;
    }

    @Test
    void helpAndManPageListTheSameFlags() throws Exception {
        Process p = new ProcessBuilder(HelperBinary.locate(BoxConfig.defaults()).toString(), "--help").start();
        String help = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        String man = Files.readString(Path.of("native", "gavel-box.1.txt"));
        Set<String> helpFlags = flags(help);
        assertTrue(helpFlags.size() >= 20, helpFlags.toString());
        assertEquals(helpFlags, flags(man));
    }

    @Test
    void manPageDocumentsEveryResultKey() throws Exception {
        String man = Files.readString(Path.of("native", "gavel-box.1.txt"));
        Set<String> keys = new TreeSet<>(ResultLines.REQUIRED);
        keys.addAll(ResultLines.OPTIONAL);
        for (String key : keys) assertTrue(man.contains("*" + key + "*::"), "man page lacks result key " + key);
        for (String status : new String[] {"exited", "signalled", "time-limit-cpu", "time-limit-wall", "memory-limit",
                "output-limit", "fault"}) {
            assertTrue(man.contains("*" + status + "*"), "man page lacks status " + status);
        }
    }
}
