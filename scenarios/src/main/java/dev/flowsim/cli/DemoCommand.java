package dev.flowsim.cli;

import dev.flowsim.cli.demo.DemoConsole;
import dev.flowsim.cli.demo.SeedWalkthrough;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code flowsim demo}: the seed's walkthrough in one process, in seconds. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Deliver a VPC flow log to CloudWatch Logs through its role, break the role, show the FAILED "
                + "status and why, fix it. Exits 0 when everything behaved as described.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--seed", defaultValue = "7", description = "Seed for traffic and ids (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", defaultValue = "2026-01-15T10:00:00Z",
            description = "Simulated start time (default: ${DEFAULT-VALUE}).")
    Instant start;

    @Option(names = "--minutes", defaultValue = "3",
            description = "Simulated minutes of healthy delivery before the role is broken (default: ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--records", defaultValue = "5", description = "Delivered records to show (default: ${DEFAULT-VALUE}).")
    int records;

    @Override
    public Integer call() throws Exception {
        if (minutes < 1 || minutes > 120 || records < 1 || records > 100) {
            System.err.println("flowsim demo: --minutes must be 1..120 and --records 1..100");
            return 2;
        }
        DemoConsole console = new DemoConsole(System.out);
        List<String> failures = new SeedWalkthrough(console,
                new SeedWalkthrough.Settings(seed, start, minutes, 2, 2, records)).run();
        console.blank();
        if (failures.isEmpty()) {
            console.detail("Demo complete: every step behaved as described.");
            console.flush();
            return 0;
        }
        console.detail("Demo FAILED: " + failures.size() + " promise(s) did not hold:");
        failures.forEach(f -> console.detail("  - " + f));
        console.flush();
        return 1;
    }
}
