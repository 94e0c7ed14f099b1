package dev.gavel.judge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gavel}: the command line of the judge engine. */
@Command(name = "gavel", mixinStandardHelpOptions = true, versionProvider = GavelCli.Version.class,
        description = "Gavel online judge: judge submissions and verify Kattis / ICPC problem packages.",
        subcommands = {VerifyCommand.class, JudgeCommand.class, SandboxCommand.class, LanguagesCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_FAILED,
                ExitCodes.HELP_USAGE, ExitCodes.HELP_ENVIRONMENT})
public final class GavelCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (for tests and embedding). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GavelCli());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("gavel: internal error: " + e);
            return ExitCodes.ENVIRONMENT;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version of the built jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = GavelCli.class.getPackage().getImplementationVersion();
            return new String[]{"gavel " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}
