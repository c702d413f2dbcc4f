package dev.flowsim.cli.bench;

import dev.flowsim.cli.demo.DemoPolicies;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepares a realistic writer: a role trusted by vpc-flow-logs.amazonaws.com with the documented flow-logs
 * permissions policy, a session of that role (assumed by the service principal, with the source account and ARN the
 * trust policy's conditions require), a log group and one stream per connection. The load then signs as the role
 * session, so every request is authenticated and evaluated by IAM against the role's policy.
 */
public final class BenchSetup {

    /**
     * What the load needs: the role sessions' keys, the region, the group and its streams. Stream {@code j} is
     * written as session {@code j % sessions().size()}, as each interface's stream belongs to one flow log's session.
     */
    public record Target(List<AwsCalls.Keys> sessions, String region, String logGroup, List<String> streams) {

        /** The first session (the only one unless the load asked for several). */
        public AwsCalls.Keys session() {
            return sessions.get(0);
        }

        /** The session that writes stream {@code streamIndex}. */
        public AwsCalls.Keys sessionOf(int streamIndex) {
            return sessions.get(streamIndex % sessions.size());
        }
    }

    private BenchSetup() {
    }

    public static Target prepare(InetSocketAddress address, String account, String rootKey, String rootSecret,
                                 String region, int streams, String runId) throws IOException {
        return prepare(address, account, rootKey, rootSecret, region, streams, 1, runId);
    }

    /**
     * As above with {@code sessions} sessions of the role (one AssumeRole each, distinct session names), as the
     * publisher holds one per flow log. Stream names all have the same length, so a load can switch a body's stream
     * in place.
     */
    public static Target prepare(InetSocketAddress address, String account, String rootKey, String rootSecret,
                                 String region, int streams, int sessions, String runId) throws IOException {
        AwsCalls.Keys root = new AwsCalls.Keys(rootKey, rootSecret, null);
        try (AwsCalls aws = new AwsCalls(address)) {
            var serviceKey = aws.admin("/_flowsim/service-credentials/vpc-flow-logs.amazonaws.com");
            AwsCalls.Keys service = new AwsCalls.Keys(serviceKey.get("accessKeyId").asText(),
                    serviceKey.get("secretAccessKey").asText(), null);
            String roleName = "flowsim-bench-" + runId;
            String created = aws.query(root, "us-east-1", "iam", Map.of("Action", "CreateRole",
                    "Version", "2010-05-08", "RoleName", roleName,
                    "AssumeRolePolicyDocument", DemoPolicies.trustPolicy(account, region)), Map.of());
            String roleArn = AwsCalls.xmlElement(created, "Arn");
            aws.query(root, "us-east-1", "iam", Map.of("Action", "PutRolePolicy", "Version", "2010-05-08",
                    "RoleName", roleName, "PolicyName", DemoPolicies.POLICY_NAME,
                    "PolicyDocument", DemoPolicies.permissionsPolicy(DemoPolicies.DELIVERY_ACTIONS)), Map.of());

            Map<String, String> source = new LinkedHashMap<>();
            source.put("x-flowsim-source-account", account);
            source.put("x-flowsim-source-arn", "arn:aws:ec2:" + region + ":" + account + ":vpc-flow-log/fl-" + runId);
            List<AwsCalls.Keys> keys = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                String assumed = aws.query(service, region, "sts", Map.of("Action", "AssumeRole",
                        "Version", "2011-06-15", "RoleArn", roleArn,
                        "RoleSessionName", "bench-" + runId + (i == 0 ? "" : "-" + i)), source);
                keys.add(new AwsCalls.Keys(AwsCalls.xmlElement(assumed, "AccessKeyId"),
                        AwsCalls.xmlElement(assumed, "SecretAccessKey"), AwsCalls.xmlElement(assumed, "SessionToken")));
            }
            AwsCalls.Keys session = keys.get(0);

            String group = "/flowsim/bench/" + runId;
            aws.logs(session, region, "CreateLogGroup", Map.of("logGroupName", group));
            List<String> names = new ArrayList<>();
            String width = "%0" + Integer.toString(Math.max(0, streams - 1)).length() + "d";
            for (int i = 0; i < streams; i++) {
                String stream = "eni-bench" + String.format(java.util.Locale.ROOT, width, i) + "-all";
                aws.logs(keys.get(i % sessions), region, "CreateLogStream", Map.of("logGroupName", group, "logStreamName", stream));
                names.add(stream);
            }
            return new Target(List.copyOf(keys), region, group, names);
        }
    }

    /** The group's storedBytes as DescribeLogGroups reports it, read as the role session. */
    public static long storedBytes(InetSocketAddress address, Target target) throws IOException {
        try (AwsCalls aws = new AwsCalls(address)) {
            var groups = aws.logs(target.session(), target.region(), "DescribeLogGroups",
                    Map.of("logGroupNamePrefix", target.logGroup())).get("logGroups");
            for (var g : groups) {
                if (g.get("logGroupName").asText().equals(target.logGroup())) {
                    return g.get("storedBytes").asLong();
                }
            }
            throw new IOException("log group " + target.logGroup() + " not found");
        }
    }
}
