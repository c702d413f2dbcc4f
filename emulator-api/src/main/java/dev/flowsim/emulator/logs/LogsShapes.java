package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.LogGroupClass;

import java.util.Arrays;
import java.util.List;

/** The string shapes and enums of the CloudWatch Logs model (2014-03-28) that the operations here validate. */
final class LogsShapes {

    static final StringShape LOG_GROUP_NAME = new StringShape(1, 512, "[\\.\\-_/#A-Za-z0-9]+");
    static final StringShape LOG_GROUP_NAME_PATTERN = new StringShape(0, 512, "[\\.\\-_/#A-Za-z0-9]*");
    static final StringShape LOG_GROUP_IDENTIFIER = new StringShape(1, 2048, "[\\w#+=/:,.@-]*");
    static final StringShape LOG_STREAM_NAME = new StringShape(1, 512, "[^:*]*");
    static final StringShape NEXT_TOKEN = new StringShape(1, Integer.MAX_VALUE, null);
    static final StringShape SEQUENCE_TOKEN = new StringShape(1, Integer.MAX_VALUE, null);
    static final StringShape KMS_KEY_ID = new StringShape(0, 256, null);
    static final StringShape TAG_KEY = new StringShape(1, 128, "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$");
    static final StringShape TAG_VALUE = new StringShape(0, 256, "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$");
    static final StringShape ACCOUNT_ID = new StringShape(12, 12, "^\\d{12}$");
    static final StringShape FILTER_PATTERN = new StringShape(0, 1024, null);
    static final StringShape RESOURCE_ARN = new StringShape(1, 1011, "[\\w+=/:,.@-]*");
    static final StringShape POLICY_NAME = new StringShape(0, Integer.MAX_VALUE, null);
    /** Today's model allows 51,200 characters (older models said 5,120). */
    static final StringShape POLICY_DOCUMENT = new StringShape(1, 51_200, null);

    static final int MAX_TAGS = 50;
    static final int DESCRIBE_LIMIT_MAX = 50;
    static final int EVENTS_LIMIT_MAX = 10_000;
    static final int STREAM_NAMES_MAX = 100;
    static final int UNTAG_KEYS_MAX = 50;
    /** Account-level resource policies per account and region (not adjustable in AWS). */
    static final int MAX_RESOURCE_POLICIES = 10;
    /** The only values PutRetentionPolicy accepts, in the order AWS lists them. */
    static final List<Integer> RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731,
            1096, 1827, 2192, 2557, 2922, 3288, 3653);

    static final List<String> LOG_GROUP_CLASSES =
            Arrays.stream(LogGroupClass.values()).map(Enum::name).toList();
    static final List<String> ORDER_BY = List.of("LogStreamName", "LastEventTime");

    private LogsShapes() {
    }
}
