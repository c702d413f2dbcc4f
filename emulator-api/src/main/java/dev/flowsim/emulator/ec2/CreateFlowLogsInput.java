package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.iam.Arn;
import dev.flowsim.emulator.service.Call;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CreateFlowLogs request, parsed and checked parameter by parameter before anything is created. Error strings are
 * AWS's where known (reference 3.4) and tagged where not.
 */
record CreateFlowLogsInput(List<String> resourceIds, FlowLogSpec spec, String clientToken, boolean dryRun) {

    static final int MAX_RESOURCE_IDS = 1000;
    private static final List<String> RESOURCE_TYPES = List.of("VPC", "Subnet", "NetworkInterface",
            "TransitGateway", "TransitGatewayAttachment", "RegionalNatGateway");
    private static final List<Integer> AGGREGATION_INTERVALS = List.of(60, 600);
    private static final int MAX_TAGS = 50;

    /** @param crossAccountDestinations whether a log-group ARN of another account is accepted (flowsim [U]) */
    static CreateFlowLogsInput parse(Call call, boolean crossAccountDestinations) {
        Ec2Input in = new Ec2Input(call);
        FlowLogResourceType resourceType = resourceType(in);
        List<String> resourceIds = resourceIds(in);
        TrafficType trafficType = trafficType(in);
        LogDestinationType destinationType = destinationType(in);
        String logDestination = in.optional("LogDestination");
        String logGroupName = logGroupName(in, logDestination, call, crossAccountDestinations);
        String roleArn = deliverLogsPermissionArn(in);
        String logFormat = logFormat(in);
        int interval = maxAggregationInterval(in);
        Map<String, String> tags = tags(in);
        rejectUnsupportedOptions(in);
        FlowLogSpec spec = new FlowLogSpec(resourceType, trafficType, destinationType, logGroupName, logDestination,
                roleArn, logFormat, interval, tags);
        return new CreateFlowLogsInput(resourceIds, spec, in.optional("ClientToken"), in.dryRun());
    }

    private static FlowLogResourceType resourceType(Ec2Input in) {
        String value = in.required("ResourceType");
        return FlowLogResourceType.fromWire(value).orElseThrow(() -> RESOURCE_TYPES.contains(value)
                ? Ec2Errors.notSupportedYet("ResourceType " + value, "use VPC, Subnet or NetworkInterface")
                : Ec2Errors.invalidEnumValue("ResourceType", value, RESOURCE_TYPES));
    }

    private static List<String> resourceIds(Ec2Input in) {
        List<String> ids = in.list("ResourceId");
        if (ids.isEmpty()) {
            throw Ec2Errors.missingParameter("ResourceId");
        }
        if (ids.size() > MAX_RESOURCE_IDS) {
            // The limit is documented in the model [M]; the message wording is [U].
            throw Ec2Errors.invalidParameterValue("You can specify at most " + MAX_RESOURCE_IDS
                    + " resource IDs in a single request.");
        }
        return ids;
    }

    /** Required for VPC, subnet and interface flow logs [M]; the missing-parameter wording is EC2's generic one. */
    private static TrafficType trafficType(Ec2Input in) {
        String value = in.required("TrafficType");
        return Arrays.stream(TrafficType.values()).filter(t -> t.name().equals(value)).findFirst()
                .orElseThrow(() -> Ec2Errors.invalidEnumValue("TrafficType", value,
                        Arrays.stream(TrafficType.values()).map(Enum::name).toList()));
    }

    private static LogDestinationType destinationType(Ec2Input in) {
        String value = in.optional("LogDestinationType");
        if (value == null) {
            return LogDestinationType.CLOUD_WATCH_LOGS;
        }
        LogDestinationType type = LogDestinationType.fromWire(value).orElseThrow(() ->
                Ec2Errors.invalidEnumValue("LogDestinationType", value,
                        Arrays.stream(LogDestinationType.values()).map(LogDestinationType::wireName).toList()));
        if (!type.supported()) {
            rejectOtherDestination(in, type);
        }
        return type;
    }

    /**
     * S3 and Firehose delivery are not simulated, but the mistakes AWS refuses for them at creation are refused with
     * AWS's words first [O] (reference 3.4), so a request that AWS would reject never reads "not supported yet".
     */
    private static void rejectOtherDestination(Ec2Input in, LogDestinationType type) {
        if (in.optional("LogGroupName") != null) {
            throw Ec2Errors.invalidParameter("LogDestination type must be cloud-watch-logs if LogGroupName is provided.");
        }
        if (in.optional("LogDestination") == null) {
            throw Ec2Errors.invalidParameter("LogDestination can't be empty if LogGroupName is not provided.");
        }
        if (type == LogDestinationType.S3 && in.optional("DeliverLogsPermissionArn") != null) {
            throw Ec2Errors.invalidParameter("DeliverLogsPermissionArn is not applicable for s3 delivery");
        }
        throw Ec2Errors.notSupportedYet("LogDestinationType " + type.wireName(), "use cloud-watch-logs");
    }

    /** The log group, named directly or by its ARN (never both [O]). */
    private static String logGroupName(Ec2Input in, String logDestination, Call call,
                                       boolean crossAccountDestinations) {
        String name = in.optional("LogGroupName");
        if (name != null && logDestination != null) {
            throw Ec2Errors.invalidParameter("Please only provide LogGroupName or only provide LogDestination.");
        }
        if (name == null && logDestination == null) {
            // [O] for s3 destinations; [U] that CloudWatch Logs destinations get the same text.
            throw Ec2Errors.invalidParameter("LogDestination can't be empty if LogGroupName is not provided.");
        }
        if (name != null) {
            if (name.isEmpty()) {
                throw Ec2Errors.missingParameter("LogGroupName");
            }
            return name;
        }
        return groupNameFromArn(logDestination, call, crossAccountDestinations);
    }

    private static String groupNameFromArn(String logDestination, Call call, boolean crossAccountDestinations) {
        Arn arn = Arn.parse(logDestination).orElse(null);
        if (arn == null || !arn.service().equals("logs") || !arn.resource().startsWith("log-group:")) {
            throw notALogGroupArn(logDestination);
        }
        if (!arn.region().equals(call.region())) {
            throw Ec2Errors.invalidParameter("LogDestination must be in the same region as the API caller.");
        }
        String name = arn.resource().substring("log-group:".length());
        // The ':*' form names the group's streams, not the group; a delivery target must be the group itself [U].
        if (name.isEmpty() || name.contains(":")) {
            throw notALogGroupArn(logDestination);
        }
        if (!arn.account().equals(call.accountId())) {
            if (!crossAccountDestinations) {
                // CloudWatch Logs has no documented cross-account delivery [D]; the wording mirrors the region
                // rule [U].
                throw Ec2Errors.invalidParameter("LogDestination must be in the same account as the API caller.");
            }
            // flowsim's cross-account delivery [U]: the destination's resource policy governs it at delivery time.
            if (!isAccountId(arn.account())) {
                throw notALogGroupArn(logDestination);
            }
        }
        return name;
    }

    private static boolean isAccountId(String account) {
        return account.length() == 12 && account.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static RuntimeException notALogGroupArn(String logDestination) {
        return Ec2Errors.invalidParameter("LogDestination " + logDestination + " is not a CloudWatch Logs log group "
                + "ARN (arn:aws:logs:REGION:ACCOUNT:log-group:NAME, without a trailing ':*').");
    }

    private static String deliverLogsPermissionArn(Ec2Input in) {
        String roleArn = in.optional("DeliverLogsPermissionArn");
        if (roleArn == null || roleArn.isEmpty()) {
            // Unverified [U]: the text is moto's; AWS documents the parameter as required for cloud-watch-logs.
            throw Ec2Errors.invalidParameter(
                    "DeliverLogsPermissionArn can't be empty if LogDestinationType is cloud-watch-logs.");
        }
        if (in.optional("DeliverCrossAccountRole") != null) {
            throw Ec2Errors.notSupportedYet("DeliverCrossAccountRole",
                    "it only applies to cross-account kinesis-data-firehose delivery");
        }
        return roleArn;
    }

    /**
     * [O] AWS's validation text for a malformed format; the error code is not in the sources, and
     * InvalidParameterValue is what EC2 returns for the same "1 validation error detected" text on DeleteFlowLogs.
     */
    private static String logFormat(Ec2Input in) {
        String format = in.optional("LogFormat");
        if (format == null) {
            return LogFormats.DEFAULT_FORMAT;
        }
        if (LogFormats.parse(format).isEmpty()) {
            throw Ec2Errors.invalidParameterValue("1 validation error detected: Value '" + format
                    + "' at 'logFormat' has an invalid format");
        }
        return format;
    }

    /** [M] 60 or 600, default 600; the error text is moto's [U]. */
    private static int maxAggregationInterval(Ec2Input in) {
        Integer interval = in.optionalInt("MaxAggregationInterval");
        if (interval == null) {
            return 600;
        }
        if (!AGGREGATION_INTERVALS.contains(interval)) {
            throw Ec2Errors.invalidParameter("Invalid Flow Log Max Aggregation Interval");
        }
        return interval;
    }

    /**
     * {@code TagSpecification.N} with ResourceType {@code vpc-flow-log} [M]. The wrong-type text is EC2's on other
     * calls [O]; the other texts are moto's [U].
     */
    private static Map<String, String> tags(Ec2Input in) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Ec2Input spec : in.structs("TagSpecification")) {
            String type = spec.optional("ResourceType");
            if (type == null || type.isEmpty()) {
                throw Ec2Errors.invalidParameter("Tag specification resource type must have a value");
            }
            if (!type.equals("vpc-flow-log")) {
                throw Ec2Errors.invalidParameterValue("'" + type
                        + "' is not a valid taggable resource type for this operation.");
            }
            List<Ec2Input> specTags = spec.structs("Tag");
            if (specTags.isEmpty()) {
                throw Ec2Errors.invalidParameterValue("Tag specification must have at least one tag");
            }
            for (Ec2Input tag : specTags) {
                putTag(tags, tag.optional("Key"), tag.optional("Value"));
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw Ec2Errors.tagLimitExceeded(MAX_TAGS);
        }
        return tags;
    }

    private static void putTag(Map<String, String> tags, String key, String value) {
        if (key == null || key.isEmpty() || key.length() > 128) {
            throw Ec2Errors.invalidParameterValue("Tag keys must be between 1 and 128 characters long.");
        }
        if (key.startsWith("aws:")) {
            throw Ec2Errors.invalidParameterValue("Tag keys starting with 'aws:' are reserved for internal use");
        }
        if (value == null) {
            throw Ec2Errors.invalidParameterValue("Tag value cannot be null. Use empty string instead.");
        }
        if (value.length() > 256) {
            throw Ec2Errors.invalidParameterValue("Tag values must be at most 256 characters long.");
        }
        tags.put(key, value);
    }

    /** Options AWS accepts (for other destinations or newer features) that flowsim cannot honour yet. */
    private static void rejectUnsupportedOptions(Ec2Input in) {
        if (in.hasAnyStartingWith("DestinationOptions.")) {
            throw Ec2Errors.notSupportedYet("DestinationOptions", "they only apply to s3 delivery");
        }
        if (in.hasAnyStartingWith("TagFieldSpecification.")) {
            throw Ec2Errors.notSupportedYet("TagFieldSpecification", "leave the tag fields out of LogFormat");
        }
    }
}
