package dev.flowsim.emulator.logs.store;

/** The storage class chosen when a log group is created; it never changes afterwards. */
public enum LogGroupClass {
    STANDARD,
    INFREQUENT_ACCESS,
    DELIVERY
}
