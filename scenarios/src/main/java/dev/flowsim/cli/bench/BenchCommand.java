package dev.flowsim.cli.bench;

import picocli.CommandLine.Command;

/** {@code flowsim bench}: load and capacity measurements, for docs/PERFORMANCE.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the emulator: end-to-end ingest over HTTP, the store's memory per event, and the "
                + "Flow Logs publisher at scale.",
        subcommands = {BenchIngestCommand.class, BenchStoreCommand.class, BenchPublishCommand.class})
public final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
