package dev.gavel.sandbox.box;

import dev.gavel.sandbox.BoxConfig;
import dev.gavel.sandbox.SandboxCheck.Feature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code gavel-box --check} and turns its {@code name:yes|no detail} lines into features. */
public final class HelperCheck {

    private HelperCheck() {
    }

    public static List<Feature> features(BoxConfig config) {
        try {
            String helper = HelperBinary.locate(config).toString();
            Process p = new ProcessBuilder(helper, "--check")
                    .redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return List.of(new Feature("helper", false, "gavel-box --check failed: " + out.strip()));
            }
            List<Feature> features = new ArrayList<>();
            features.add(new Feature("helper", true, helper));
            features.addAll(parse(out));
            return features;
        } catch (IOException | RuntimeException e) {
            return List.of(new Feature("helper", false, "gavel-box cannot run: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(new Feature("helper", false, "interrupted"));
        }
    }

    static List<Feature> parse(String out) {
        List<Feature> features = new ArrayList<>();
        for (String line : out.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            String rest = line.substring(colon + 1);
            int space = rest.indexOf(' ');
            String state = space < 0 ? rest : rest.substring(0, space);
            String detail = space < 0 ? "" : rest.substring(space + 1);
            features.add(new Feature(line.substring(0, colon), state.equals("yes"), detail));
        }
        return features;
    }
}
