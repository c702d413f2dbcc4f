package dev.flowsim.emulator.logs.store;

import java.util.Map;
import java.util.Objects;

/**
 * What a log group is created with besides its name.
 *
 * @param logGroupClass             storage class
 * @param kmsKeyId                  the KMS key ARN the group is encrypted with, or null
 * @param tags                      tags given at creation (copied)
 * @param deletionProtectionEnabled whether DeleteLogGroup must refuse
 */
public record LogGroupSettings(LogGroupClass logGroupClass, String kmsKeyId, Map<String, String> tags,
                               boolean deletionProtectionEnabled) {

    public static final LogGroupSettings DEFAULTS = new LogGroupSettings(LogGroupClass.STANDARD, null, Map.of(), false);

    public LogGroupSettings {
        Objects.requireNonNull(logGroupClass, "logGroupClass");
        tags = Map.copyOf(tags);
    }
}
