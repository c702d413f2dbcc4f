package dev.flowsim.scenario.run;

import dev.flowsim.simulator.accounting.Accounting;

import java.util.List;
import java.util.Map;

/**
 * What one run of a scenario showed: the records' accounting (in total and per flow log), each expectation's
 * outcome, the faults that fired, the denials teaching mode let through, and errors that stopped the run.
 *
 * @param variant "as written" or "with fix"
 */
public record RunResult(String scenario, String file, String variant, long seed, String simulatedStart,
                        String simulatedEnd, int windowsDelivered, Accounting totals,
                        Map<String, Accounting> byFlowLog, List<Check> checks, Map<String, Long> faultsFired,
                        List<WaivedDenialView> teachingDenials, List<String> errors, long wallMillis) {

    /** A denial teaching mode let through, as reported. */
    public record WaivedDenialView(String time, String action, String principal, String resource,
                                   String explanation) {
    }

    public boolean passed() {
        return errors.isEmpty() && checks.stream().allMatch(Check::passed);
    }

    public String title() {
        return scenario + (variant.equals("as written") ? "" : " (" + variant + ")");
    }
}
