package dev.gavel.judge.cli;

import dev.gavel.sandbox.SandboxCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code gavel sandbox}: the sandbox on this machine. */
@Command(name = "sandbox", mixinStandardHelpOptions = true, description = "Inspect the sandbox on this machine.",
        subcommands = {SandboxCommand.Check.class})
final class SandboxCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code gavel sandbox check}: which isolation features work here. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "List the sandbox's isolation features and whether each works on this machine.",
            exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_FAILED,
            ExitCodes.HELP_USAGE, ExitCodes.HELP_ENVIRONMENT})
    static final class Check implements Callable<Integer> {

        /**
         * Features the sandbox works without (gavel-box.1: ns-user is never used; counting denied system calls is a
         * nicety). Every other inactive feature fails the check.
         */
        static final Set<String> OPTIONAL = Set.of("ns-user", "seccomp-notify");

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<SandboxCheck.Feature> features;
            try {
                features = SandboxCheck.run();
            } catch (UnsupportedOperationException e) {
                spec.commandLine().getErr().println("gavel sandbox check: the sandbox is not available in this build yet");
                return ExitCodes.ENVIRONMENT;
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("gavel sandbox check: cannot check the sandbox: " + e.getMessage());
                return ExitCodes.ENVIRONMENT;
            }
            print(out, features);
            return missing(features).isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
        }

        static List<String> missing(List<SandboxCheck.Feature> features) {
            return features.stream().filter(f -> !f.active() && !OPTIONAL.contains(f.name()))
                    .map(SandboxCheck.Feature::name).toList();
        }

        static void print(PrintWriter out, List<SandboxCheck.Feature> features) {
            int width = Math.max(7, features.stream().mapToInt(f -> f.name().length()).max().orElse(0));
            out.printf("%-" + width + "s  %-8s  %s%n", "feature", "active", "detail");
            for (SandboxCheck.Feature f : features) {
                String active = f.active() ? "yes" : OPTIONAL.contains(f.name()) ? "no (opt)" : "NO";
                out.printf("%-" + width + "s  %-8s  %s%n", f.name(), active, f.detail());
            }
            List<String> missing = missing(features);
            out.println(missing.isEmpty() ? "every required feature is present"
                    : "missing: " + String.join(", ", missing) + " — the sandbox cannot run safely here");
            out.flush();
        }
    }
}
