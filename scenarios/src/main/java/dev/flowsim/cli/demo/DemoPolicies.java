package dev.flowsim.cli.demo;

import java.util.List;
import java.util.stream.Collectors;

/** The seed's policies: the documented flow-logs trust policy and permissions policy. */
public final class DemoPolicies {

    public static final String ROLE_NAME = "FlowLogsRole";
    public static final String POLICY_NAME = "flow-logs-delivery";
    public static final String LOG_GROUP = "/aws/vpc/flow-logs";

    /** The five actions the VPC user guide lists for publishing to CloudWatch Logs. */
    public static final List<String> DELIVERY_ACTIONS = List.of("logs:CreateLogGroup", "logs:CreateLogStream",
            "logs:PutLogEvents", "logs:DescribeLogGroups", "logs:DescribeLogStreams");

    private DemoPolicies() {
    }

    /** Trusts the Flow Logs service, only on behalf of {@code account} (the confused-deputy guard AWS recommends). */
    public static String trustPolicy(String account, String region) {
        return """
                {
                  "Version": "2012-10-17",
                  "Statement": [{
                    "Effect": "Allow",
                    "Principal": {"Service": "vpc-flow-logs.amazonaws.com"},
                    "Action": "sts:AssumeRole",
                    "Condition": {
                      "StringEquals": {"aws:SourceAccount": "%s"},
                      "ArnLike": {"aws:SourceArn": "arn:aws:ec2:%s:%s:vpc-flow-log/*"}
                    }
                  }]
                }""".formatted(account, region, account);
    }

    /** Allows the given actions on every resource, as the documented policy does. */
    public static String permissionsPolicy(List<String> actions) {
        String list = actions.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", "));
        return """
                {
                  "Version": "2012-10-17",
                  "Statement": [{
                    "Sid": "DeliverFlowLogs",
                    "Effect": "Allow",
                    "Action": [%s],
                    "Resource": "*"
                  }]
                }""".formatted(list);
    }

    public static List<String> without(String action) {
        return DELIVERY_ACTIONS.stream().filter(a -> !a.equals(action)).toList();
    }

    /** The policy on one line, for a copy-pastable AWS CLI command. */
    public static String oneLine(String json) {
        return json.replaceAll("\\s*\\n\\s*", " ").replace("{ ", "{").replace(" }", "}").replace("[ ", "[")
                .replace(" ]", "]");
    }
}
