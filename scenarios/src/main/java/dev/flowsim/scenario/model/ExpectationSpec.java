package dev.flowsim.scenario.model;

import java.util.Map;
import java.util.Set;

/** One expectation; exactly one kind per entry, with an optional human description. */
public record ExpectationSpec(String description, FlowLogStatus flowLogStatus, Records records, Denials denials,
                              LogRecords logRecords, FaultFired faultFired, FlowLogCreation flowLogCreation) {

    public ExpectationSpec {
        Checks.require(Checks.exactlyOne(flowLogStatus, records, denials, logRecords, faultFired,
                        flowLogCreation) == 1,
                "an expectation has exactly one of flowLogStatus, records, denials, logRecords, faultFired, "
                        + "flowLogCreation");
    }

    /**
     * The answer to the flow log's CreateFlowLogs: created (no {@code error}), or refused with that error code and,
     * if given, a message containing {@code message}. A refusal a scenario does not expect this way stops the run.
     */
    public record FlowLogCreation(String flowLog, String error, String message) {
        public FlowLogCreation {
            Checks.require(flowLog != null, "flowLogCreation needs 'flowLog'");
            Checks.require(message == null || error != null, "flowLogCreation.message needs 'error' (the code)");
        }
    }

    /** DescribeFlowLogs' DeliverLogsStatus (and message) at a time, or at the end of the run. */
    public record FlowLogStatus(String flowLog, String at, String status, String message) {
        public FlowLogStatus {
            Checks.require(flowLog != null, "flowLogStatus needs 'flowLog'");
            Checks.require("SUCCESS".equals(status) || "FAILED".equals(status),
                    "flowLogStatus.status must be SUCCESS or FAILED");
            if (at != null) {
                Checks.duration(at, "at");
            }
        }
    }

    /**
     * Record counts over the run, for one flow log or all; {@code droppedAs} bounds drops by reason
     * (access-error, rate-limited, unknown-error, flow-log-deleted); {@code pending} bounds the records still in
     * the carry-over buffer when the run ends.
     */
    public record Records(String flowLog, Bound generated, Bound delivered, Bound rejected, Bound dropped,
                          Map<String, Bound> droppedAs, Bound pending) {
        static final Set<String> REASONS = Set.of("access-error", "rate-limited", "unknown-error",
                "flow-log-deleted");

        public Records {
            Checks.require(generated != null || delivered != null || rejected != null || dropped != null
                    || droppedAs != null || pending != null, "records needs at least one of generated, delivered, "
                    + "rejected, dropped, droppedAs, pending");
            droppedAs = droppedAs == null ? Map.of() : Map.copyOf(droppedAs);
            for (String reason : droppedAs.keySet()) {
                Checks.require(REASONS.contains(reason), "droppedAs keys are " + REASONS + ", got '" + reason + "'");
            }
        }
    }

    /**
     * Denials in the emulator's decision log: by action, principal ARN ({@code *} wildcards) and a phrase of the
     * reason; {@code count} defaults to at least one (write {@code count: 0} for "must not appear").
     */
    public record Denials(String action, String principal, String reason, Bound count) {
        public Bound countOrDefault() {
            return count == null ? Bound.atLeast(1) : count;
        }
    }

    /** Records in a log group whose message contains {@code contains} (all records if absent). */
    public record LogRecords(String logGroup, String account, String region, String contains, Bound count) {
        public LogRecords {
            Checks.require(logGroup != null, "logRecords needs 'logGroup'");
            Checks.require(count != null, "logRecords needs 'count'");
        }
    }

    /** How often a fault fired. */
    public record FaultFired(String fault, Bound count) {
        public FaultFired {
            Checks.require(fault != null && count != null, "faultFired needs 'fault' and 'count'");
        }
    }
}
