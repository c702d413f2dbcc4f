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

    static final int MAX_TAGS = 50;
    static final int DESCRIBE_LIMIT_MAX = 50;
    static final int EVENTS_LIMIT_MAX = 10_000;

    static final List<String> LOG_GROUP_CLASSES =
            Arrays.stream(LogGroupClass.values()).map(Enum::name).toList();
    static final List<String> ORDER_BY = List.of("LogStreamName", "LastEventTime");

    private LogsShapes() {
    }
}
