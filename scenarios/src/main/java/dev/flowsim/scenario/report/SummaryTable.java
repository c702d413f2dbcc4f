package dev.flowsim.scenario.report;

import dev.flowsim.scenario.run.Check;
import dev.flowsim.scenario.run.RunResult;
import dev.flowsim.simulator.accounting.Accounting;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The human summary of runs: per scenario its accounting identity, each expectation, faults and waived denials. */
public final class SummaryTable {

    private SummaryTable() {
    }

    public static void print(PrintStream out, RunResult r) {
        out.println();
        out.println((r.passed() ? "PASSED  " : "FAILED  ") + r.title() + "   seed " + r.seed() + ", simulated "
                + r.simulatedStart() + " -> " + r.simulatedEnd() + ", " + r.windowsDelivered() + " windows, "
                + r.wallMillis() + " ms");
        Accounting t = r.totals();
        out.printf("  %-10s %10s %10s %10s %10s %10s%n", "records", "generated", "delivered", "rejected", "dropped",
                "pending");
        for (Map.Entry<String, Accounting> e : r.byFlowLog().entrySet()) {
            row(out, "  " + e.getKey(), e.getValue());
        }
        row(out, "  total", t);
        out.println("  identity   generated " + t.generated() + " = delivered " + t.delivered() + " + rejected "
                + t.rejectedTotal() + " + dropped " + t.droppedTotal() + " + pending " + t.netCarried()
                + (t.isBalanced() ? "   [balanced]"
                : "   [NOT BALANCED]"));
        for (Check c : r.checks()) {
            out.println("  " + (c.passed() ? "[pass] " : "[FAIL] ") + c.expectation());
            out.println("         observed: " + c.observed());
        }
        if (!r.faultsFired().isEmpty()) {
            StringBuilder sb = new StringBuilder("  faults fired:");
            r.faultsFired().forEach((id, n) -> sb.append(' ').append(id).append('=').append(n));
            out.println(sb);
        }
        List<RunResult.WaivedDenialView> waived = r.teachingDenials();
        if (!waived.isEmpty()) {
            out.println("  teaching mode let " + waived.size() + " denied call(s) through; distinct problems:");
            waived.stream().map(w -> w.action() + " by " + w.principal() + " on " + w.resource()).distinct()
                    .forEach(k -> {
                        RunResult.WaivedDenialView first = waived.stream().filter(w -> (w.action() + " by "
                                + w.principal() + " on " + w.resource()).equals(k)).findFirst().orElseThrow();
                        out.println("    - " + k);
                        out.println("      " + first.explanation().replace("\n", "\n      "));
                    });
        }
        r.errors().forEach(e -> out.println("  [ERROR] " + e));
    }

    public static void printTotals(PrintStream out, List<RunResult> results) {
        long passed = results.stream().filter(RunResult::passed).count();
        out.println();
        out.println(passed + " of " + results.size() + " scenario run(s) passed"
                + (passed == results.size() ? "" : "; failed: " + results.stream().filter(r -> !r.passed())
                .map(RunResult::title).toList()));
    }

    private static void row(PrintStream out, String name, Accounting a) {
        // Summed over the run, netCarried is what the carry-over buffer still holds: pending.
        out.printf("  %-10s %10d %10d %10d %10d %10d%n", name.strip(), a.generated(), a.delivered(),
                a.rejectedTotal(), a.droppedTotal(), a.netCarried());
    }
}
