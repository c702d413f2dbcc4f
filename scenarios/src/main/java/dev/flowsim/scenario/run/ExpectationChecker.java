package dev.flowsim.scenario.run;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.authz.DecisionLog;
import dev.flowsim.scenario.model.Bound;
import dev.flowsim.scenario.model.ExpectationSpec;
import dev.flowsim.simulator.accounting.Accounting;
import dev.flowsim.simulator.accounting.DropReason;
import software.amazon.awssdk.services.ec2.model.FlowLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Evaluates expectations against the run: the owner's view (DescribeFlowLogs, GetLogEvents) and flowsim's books. */
final class ExpectationChecker {

    private final Emulator emulator;
    private final World world;

    ExpectationChecker(Emulator emulator, World world) {
        this.emulator = emulator;
        this.world = world;
    }

    Check flowLogStatus(ExpectationSpec.FlowLogStatus x, String when) {
        String expected = "flow log " + x.flowLog() + " " + when + ": DeliverLogsStatus " + x.status()
                + (x.message() == null ? "" : ", DeliverLogsErrorMessage \"" + x.message() + "\"");
        Optional<FlowLog> seen = world.describe(x.flowLog());
        if (seen.isEmpty()) {
            return new Check(expected, false, "DescribeFlowLogs does not list the flow log");
        }
        FlowLog f = seen.get();
        boolean ok = x.status().equals(f.deliverLogsStatus())
                && (x.message() == null || x.message().equals(f.deliverLogsErrorMessage()));
        return new Check(expected, ok, "DeliverLogsStatus " + f.deliverLogsStatus()
                + (f.deliverLogsErrorMessage() == null ? "" : ", \"" + f.deliverLogsErrorMessage() + "\""));
    }

    Check records(ExpectationSpec.Records x, Accounting totals, Map<String, Accounting> byFlowLog) {
        Accounting a = x.flowLog() == null ? totals : byFlowLog.getOrDefault(x.flowLog(), Accounting.empty());
        List<String> wanted = new ArrayList<>();
        boolean ok = true;
        ok &= bound("generated", x.generated(), a.generated(), wanted);
        ok &= bound("delivered", x.delivered(), a.delivered(), wanted);
        ok &= bound("rejected", x.rejected(), a.rejectedTotal(), wanted);
        ok &= bound("dropped", x.dropped(), a.droppedTotal(), wanted);
        ok &= bound("pending", x.pending(), a.netCarried(), wanted);
        for (Map.Entry<String, Bound> e : x.droppedAs().entrySet()) {
            DropReason reason = DropReason.valueOf(e.getKey().toUpperCase(Locale.ROOT).replace('-', '_'));
            ok &= bound("dropped as " + e.getKey(), e.getValue(), a.dropped(reason), wanted);
        }
        String scope = x.flowLog() == null ? "all flow logs" : "flow log " + x.flowLog();
        return new Check("records of " + scope + ": " + String.join(", ", wanted), ok, describe(a));
    }

    Check denials(ExpectationSpec.Denials x) {
        List<DecisionLog.Entry> matching = emulator.decisions().entries(e -> !e.allowed()
                && Glob.matches(x.action(), e.action()) && Glob.matches(x.principal(), e.principalArn())
                && (x.reason() == null || contains(e.message(), x.reason()) || contains(e.explanation(), x.reason())));
        Bound count = x.countOrDefault();
        String what = "denials" + (x.action() == null ? "" : " of " + x.action())
                + (x.principal() == null ? "" : " by " + x.principal())
                + (x.reason() == null ? "" : " mentioning \"" + x.reason() + "\"") + ": " + count;
        String observed = matching.size() + (matching.isEmpty() ? "" : "; latest: " + matching.get(
                matching.size() - 1).message());
        return new Check(what, count.test(matching.size()), observed);
    }

    Check logRecords(ExpectationSpec.LogRecords x) {
        List<String> messages = world.messages(x.logGroup(), x.account(), x.region());
        long n = messages.stream().filter(m -> x.contains() == null || m.contains(x.contains())).count();
        String where = x.region() == null && x.account() == null ? "" : " ("
                + (x.account() == null ? "" : x.account() + (x.region() == null ? "" : " "))
                + (x.region() == null ? "" : x.region()) + ")";
        String what = "records in log group " + x.logGroup() + where
                + (x.contains() == null ? "" : " containing \"" + x.contains() + "\"") + ": " + x.count();
        return new Check(what, x.count().test(n), n + " of " + messages.size() + " records");
    }

    Check faultFired(ExpectationSpec.FaultFired x) {
        long n = emulator.faults().firedCount(x.fault());
        return new Check("fault " + x.fault() + " fired " + x.count() + " times", x.count().test(n), n + " times");
    }

    Check flowLogCreation(ExpectationSpec.FlowLogCreation x) {
        String expected = "CreateFlowLogs for " + x.flowLog() + ": " + (x.error() == null ? "created"
                : "refused with " + x.error() + (x.message() == null ? "" : " \"" + x.message() + "\""));
        Optional<World.Creation> seen = world.creation(x.flowLog());
        if (seen.isEmpty()) {
            return new Check(expected, false, "CreateFlowLogs was not called");
        }
        World.Creation c = seen.get();
        boolean ok = x.error() == null ? c.created() : !c.created() && x.error().equals(c.code())
                && (x.message() == null || contains(c.message(), x.message()));
        return new Check(expected, ok, c.created() ? "created" : "refused: " + c.code() + " \"" + c.message() + "\"");
    }

    static Check identity(Accounting totals) {
        return new Check("accounting identity: generated = delivered + rejected + dropped + pending",
                totals.isBalanced(), describe(totals));
    }

    static String describe(Accounting a) {
        // Summed over the run, netCarried is what the carry-over buffer still holds: pending.
        StringBuilder sb = new StringBuilder(a.generated() + " = " + a.delivered() + " delivered + "
                + a.rejectedTotal() + " rejected + " + a.droppedTotal() + " dropped + " + a.netCarried()
                + " pending");
        List<String> reasons = new ArrayList<>();
        a.dropped().forEach((reason, n) -> {
            if (n > 0) {
                reasons.add(reason.name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + n);
            }
        });
        if (!reasons.isEmpty()) {
            sb.append(" (").append(String.join(", ", reasons)).append(')');
        }
        return sb.toString();
    }

    private static boolean bound(String name, Bound bound, long value, List<String> wanted) {
        if (bound == null) {
            return true;
        }
        wanted.add(name + " " + bound);
        return bound.test(value);
    }

    private static boolean contains(String text, String phrase) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT));
    }
}
