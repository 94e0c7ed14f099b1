package dev.gavel.judge.cli;

import dev.gavel.sandbox.SandboxCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
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
            return features.stream().allMatch(SandboxCheck.Feature::active) ? ExitCodes.OK : ExitCodes.FAILED;
        }

        static void print(PrintWriter out, List<SandboxCheck.Feature> features) {
            int width = Math.max(7, features.stream().mapToInt(f -> f.name().length()).max().orElse(0));
            out.printf("%-" + width + "s  %-6s  %s%n", "feature", "active", "detail");
            for (SandboxCheck.Feature f : features) {
                out.printf("%-" + width + "s  %-6s  %s%n", f.name(), f.active() ? "yes" : "NO", f.detail());
            }
            long missing = features.stream().filter(f -> !f.active()).count();
            out.println(missing == 0 ? "all features present" : missing + " feature(s) missing");
            out.flush();
        }
    }
}
