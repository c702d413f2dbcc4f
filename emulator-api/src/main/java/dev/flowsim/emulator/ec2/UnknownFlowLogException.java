package dev.flowsim.emulator.ec2;

/**
 * A delivery report or status query named a flow log that does not exist (never created, or deleted since). An
 * IllegalArgumentException, because it is the caller's input that is wrong.
 */
public final class UnknownFlowLogException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String flowLogId;

    public UnknownFlowLogException(String flowLogId) {
        super("no flow log " + flowLogId + " exists (it was never created or has been deleted)");
        this.flowLogId = flowLogId;
    }

    public String flowLogId() {
        return flowLogId;
    }
}
