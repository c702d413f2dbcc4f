package dev.flowsim.emulator.logs;

/**
 * The ARNs CloudWatch Logs prints and IAM evaluates. The partition follows the region, as it does in AWS.
 */
public final class LogsArns {

    private LogsArns() {
    }

    public static String partition(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        if (region.startsWith("us-isob-")) {
            return "aws-iso-b";
        }
        if (region.startsWith("us-iso-")) {
            return "aws-iso";
        }
        if (region.startsWith("eu-isoe-")) {
            return "aws-iso-e";
        }
        return "aws";
    }

    private static String prefix(String region, String account) {
        return "arn:" + partition(region) + ":logs:" + region + ":" + account + ":log-group:";
    }

    /** {@code arn:aws:logs:R:A:log-group:G}: DescribeLogGroups' logGroupArn, tagging and logGroupIdentifier form. */
    public static String logGroup(String region, String account, String group) {
        return prefix(region, account) + group;
    }

    /** {@code arn:aws:logs:R:A:log-group:G:*}: the {@code arn} field of DescribeLogGroups. */
    public static String logGroupWildcard(String region, String account, String group) {
        return logGroup(region, account, group) + ":*";
    }

    /** {@code arn:aws:logs:R:A:log-group:G:log-stream:S}: stream ARNs, and what stream-level actions evaluate. */
    public static String logStream(String region, String account, String group, String stream) {
        return logGroup(region, account, group) + ":log-stream:" + stream;
    }

    /** {@code ...:log-group:G:log-stream:}: the resource group-level actions are evaluated on. */
    public static String groupActionResource(String region, String account, String group) {
        return logStream(region, account, group, "");
    }

    /** {@code ...:log-group::log-stream:}: the resource account-wide listings are evaluated on. */
    public static String accountActionResource(String region, String account) {
        return logStream(region, account, "", "");
    }
}
