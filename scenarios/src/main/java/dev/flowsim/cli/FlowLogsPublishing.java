package dev.flowsim.cli;

import dev.flowsim.simulator.ContinuousPublisher;
import dev.flowsim.simulator.FlowLogWindowResult;
import dev.flowsim.simulator.FlowLogsService;
import dev.flowsim.simulator.WindowReport;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * The Flow Logs service inside {@code flowsim serve}: every flow log created through the API gets its records
 * delivered, window by window, as the emulator's clock (scaled by {@code --clock-speed}) passes each window's end plus
 * AWS's delivery delay. One line per flow log and window tells what happened.
 */
final class FlowLogsPublishing {

    private FlowLogsPublishing() {
    }

    static AutoCloseable start(URI endpoint, Clock clock, long seed, PrintStream out) {
        FlowLogsService service = new FlowLogsService(endpoint, clock, seed);
        ContinuousPublisher publisher = new ContinuousPublisher(service, clock, Duration.ofMillis(200),
                Duration.ofMinutes(2), report -> print(out, report),
                problem -> out.println("publisher: " + problem)).start();
        out.println("  publisher    plays vpc-flow-logs.amazonaws.com: records are delivered when each window closes "
                + "plus 5 simulated minutes (see --clock-speed; --no-publisher turns it off)");
        return () -> {
            publisher.close();
            service.close();
        };
    }

    private static void print(PrintStream out, WindowReport report) {
        for (FlowLogWindowResult r : report.flowLogs()) {
            out.printf("publisher: %s %s: %d records generated, %d delivered, %d rejected, %d dropped%s -> %s%s%n",
                    report.window(), r.flowLogId(), r.generated(), r.delivered(), r.rejected(), r.dropped(),
                    carryNote(r), r.outcome(), r.firstFailure().map(f -> " (" + f.operation() + ": " + f.errorCode() + ")")
                            .orElse(""));
        }
        out.flush();
    }

    /** The carry-over buffer's part in a window, when it had one. */
    static String carryNote(FlowLogWindowResult r) {
        if (r.carried() == 0 && r.fromEarlier() == 0) {
            return "";
        }
        return ", " + r.fromEarlier() + " from earlier windows, " + r.carried() + " carried to the next";
    }
}
