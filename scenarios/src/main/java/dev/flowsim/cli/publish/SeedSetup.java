package dev.flowsim.cli.publish;

import dev.flowsim.cli.demo.DemoClients;
import dev.flowsim.cli.demo.DemoPolicies;
import software.amazon.awssdk.services.ec2.model.CreateFlowLogsResponse;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes sure a running emulator has the seed's delivery setup: the role {@code FlowLogsRole} trusted by the Flow
 * Logs service with the documented permissions, the log group {@code /aws/vpc/flow-logs} and a flow log of the
 * built-in VPC into it. Only what is missing is created: a role that exists keeps its policies as they are, so
 * restarting the publisher never repairs a role someone broke on purpose.
 */
public final class SeedSetup {

    private final DemoClients aws;
    private final String account;
    private final String region;

    public SeedSetup(DemoClients aws, String account, String region) {
        this.aws = Objects.requireNonNull(aws, "aws");
        this.account = Objects.requireNonNull(account, "account");
        this.region = Objects.requireNonNull(region, "region");
    }

    /** @return one line per resource: created, or found and kept */
    public List<String> ensure(int aggregationIntervalSeconds) {
        List<String> done = new ArrayList<>();
        String roleArn = ensureRole(done);
        ensureLogGroup(done);
        ensureFlowLog(roleArn, aggregationIntervalSeconds, done);
        return done;
    }

    private String ensureRole(List<String> done) {
        try {
            String arn = aws.iam().getRole(b -> b.roleName(DemoPolicies.ROLE_NAME)).role().arn();
            done.add("kept role " + arn + " and its policies as they are");
            return arn;
        } catch (NoSuchEntityException missing) {
            String arn = aws.iam().createRole(b -> b.roleName(DemoPolicies.ROLE_NAME)
                    .assumeRolePolicyDocument(DemoPolicies.trustPolicy(account, region))).role().arn();
            aws.iam().putRolePolicy(b -> b.roleName(DemoPolicies.ROLE_NAME).policyName(DemoPolicies.POLICY_NAME)
                    .policyDocument(DemoPolicies.permissionsPolicy(DemoPolicies.DELIVERY_ACTIONS)));
            done.add("created role " + arn + " (trusted by vpc-flow-logs.amazonaws.com) with policy "
                    + DemoPolicies.POLICY_NAME + ": " + String.join(", ", DemoPolicies.DELIVERY_ACTIONS));
            return arn;
        }
    }

    private void ensureLogGroup(List<String> done) {
        boolean exists = aws.logs().describeLogGroups(b -> b.logGroupNamePrefix(DemoPolicies.LOG_GROUP)).logGroups()
                .stream().anyMatch(g -> DemoPolicies.LOG_GROUP.equals(g.logGroupName()));
        if (exists) {
            done.add("kept log group " + DemoPolicies.LOG_GROUP);
        } else {
            aws.logs().createLogGroup(b -> b.logGroupName(DemoPolicies.LOG_GROUP));
            done.add("created log group " + DemoPolicies.LOG_GROUP);
        }
    }

    private void ensureFlowLog(String roleArn, int intervalSeconds, List<String> done) {
        Vpc vpc = aws.ec2().describeVpcs().vpcs().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the emulator lists no VPC to log"));
        Optional<FlowLog> existing = aws.ec2().describeFlowLogs().flowLogs().stream()
                .filter(f -> vpc.vpcId().equals(f.resourceId()))
                .filter(f -> DemoPolicies.LOG_GROUP.equals(f.logGroupName()))
                .findFirst();
        if (existing.isPresent()) {
            done.add("kept flow log " + existing.get().flowLogId() + " of " + vpc.vpcId());
            return;
        }
        CreateFlowLogsResponse created = aws.ec2().createFlowLogs(b -> b.resourceType("VPC")
                .resourceIds(vpc.vpcId()).trafficType("ALL").logDestinationType("cloud-watch-logs")
                .logGroupName(DemoPolicies.LOG_GROUP).deliverLogsPermissionArn(roleArn)
                .maxAggregationInterval(intervalSeconds));
        if (!created.unsuccessful().isEmpty() || created.flowLogIds().isEmpty()) {
            throw new IllegalStateException("CreateFlowLogs did not create the flow log: " + created.unsuccessful());
        }
        done.add("created flow log " + created.flowLogIds().get(0) + " of " + vpc.vpcId() + " (all traffic, "
                + intervalSeconds + "-second aggregation) into " + DemoPolicies.LOG_GROUP);
    }
}
