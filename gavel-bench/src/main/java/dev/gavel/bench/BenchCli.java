package dev.gavel.bench;

import dev.gavel.bench.leaderboard.LeaderboardBench;
import dev.gavel.bench.sandbox.SandboxBench;
import dev.gavel.bench.server.EndToEndBench;
import dev.gavel.bench.server.PipelineBench;
import dev.gavel.bench.server.SubmitBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gavel bench ...}: the benchmarks. */
@Command(name = "gavel bench", mixinStandardHelpOptions = true,
        description = "Runs a benchmark and prints its figures beside the baseline measured in the same run.",
        subcommands = {SandboxBench.class, SubmitBench.class, PipelineBench.class, EndToEndBench.class,
                LeaderboardBench.class})
public final class BenchCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
