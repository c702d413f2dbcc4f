package dev.flowsim.cli;

import dev.flowsim.cli.publish.EmulatorHealth;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code flowsim health}: exit 0 when a running emulator answers {@code /_flowsim/health} with status UP, 1
 * otherwise. The container image's HEALTHCHECK uses it, so the image needs no curl.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Check that a running flowsim emulator is up; print its simulated time. Exit 0 if it is up.")
final class HealthCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--endpoint", defaultValue = "http://127.0.0.1:4566",
            description = "The emulator's endpoint (default: ${DEFAULT-VALUE}).")
    URI endpoint;

    @Option(names = "--timeout", defaultValue = "PT3S",
            description = "Give up after this long, ISO-8601 duration (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() {
        if (timeout.isNegative() || timeout.isZero()) {
            spec.commandLine().getErr().println("--timeout must be positive");
            return 2;
        }
        try {
            EmulatorHealth.Status status = new EmulatorHealth(endpoint, timeout).check();
            spec.commandLine().getOut().println(status.status() + "  simulated time " + status.simulatedTime()
                    + "  (" + status.clock() + ")");
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("flowsim health: " + e.getMessage());
            return 1;
        }
    }
}
