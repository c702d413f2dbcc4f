package dev.flowsim.emulator.ec2;

import java.util.List;

/** What CreateFlowLogs answers: the token echoed, the ids created and the resources that failed. */
public record CreateFlowLogsResult(String clientToken, List<String> flowLogIds, List<UnsuccessfulItem> unsuccessful) {

    public CreateFlowLogsResult {
        flowLogIds = List.copyOf(flowLogIds);
        unsuccessful = List.copyOf(unsuccessful);
    }
}
