package dev.flowsim.emulator.ec2;

/** The last failed delivery of a flow log, in the publisher's words; for flowsim's tooling, not the EC2 wire. */
public record DeliveryFailure(long time, DeliveryOutcome outcome, String operation, String errorCode,
                              String errorMessage) {
}
