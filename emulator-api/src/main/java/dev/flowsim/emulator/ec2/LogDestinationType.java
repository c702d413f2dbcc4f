package dev.flowsim.emulator.ec2;

import java.util.Optional;

/** Where a flow log publishes; flowsim delivers only to CloudWatch Logs so far. */
public enum LogDestinationType {
    CLOUD_WATCH_LOGS("cloud-watch-logs", true),
    S3("s3", false),
    KINESIS_DATA_FIREHOSE("kinesis-data-firehose", false);

    private final String wireName;
    private final boolean supported;

    LogDestinationType(String wireName, boolean supported) {
        this.wireName = wireName;
        this.supported = supported;
    }

    public static Optional<LogDestinationType> fromWire(String value) {
        for (LogDestinationType t : values()) {
            if (t.wireName.equals(value)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public String wireName() {
        return wireName;
    }

    /** Whether flowsim can simulate delivery to this kind of destination. */
    public boolean supported() {
        return supported;
    }
}
