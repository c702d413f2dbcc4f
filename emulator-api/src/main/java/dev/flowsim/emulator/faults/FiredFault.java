package dev.flowsim.emulator.faults;

/** One time a fault hit a call: when (simulated), which fault, and the call it hit. */
public record FiredFault(long sequence, String time, String faultId, String kind, String service, String operation,
                         String principalArn, String logGroup, String logStream) {
}
