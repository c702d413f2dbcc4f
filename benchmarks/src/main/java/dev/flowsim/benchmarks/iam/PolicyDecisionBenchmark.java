package dev.flowsim.benchmarks.iam;

import dev.flowsim.emulator.iam.AuthorizationRequest;
import dev.flowsim.emulator.iam.Decision;
import dev.flowsim.emulator.iam.NamedPolicy;
import dev.flowsim.emulator.iam.PolicyEvaluator;
import dev.flowsim.emulator.iam.PolicyKind;
import dev.flowsim.emulator.iam.PolicyParser;
import dev.flowsim.emulator.iam.PolicyType;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.iam.RequestContext;
import dev.flowsim.emulator.iam.StandardContextKeys;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One authorization decision of the IAM engine for the seed's policies and for a heavy identity. Policies are
 * compiled in setup, as the emulator compiles them when they are stored. The request contexts hold the keys the
 * emulator's authorizer puts in them; it builds one per access check, this benchmark once in setup (and, in one
 * benchmark, per call too). The explanation is made only when read, as in the emulator, so it is not in the time.
 * SampleTime, so the median (p0.50) is reported next to the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PolicyDecisionBenchmark {

    static final String ACCOUNT = "111122223333";
    static final String ROLE_ARN = "arn:aws:iam::" + ACCOUNT + ":role/FlowLogsRole";
    static final String FLOW_LOG_ARN = "arn:aws:ec2:us-east-1:" + ACCOUNT + ":vpc-flow-log/fl-0123456789abcdef0";
    static final String STREAM = "arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:vpc-flow-logs:log-stream:eni-1-all";
    static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole",
              "Condition":{"StringEquals":{"aws:SourceAccount":"111122223333"},
                           "ArnLike":{"aws:SourceArn":"arn:aws:ec2:us-east-1:111122223333:vpc-flow-log/*"}}}]}""";
    static final String PERMISSIONS = """
            {"Version":"2012-10-17","Statement":[{"Sid":"Deliver","Effect":"Allow",
              "Action":["logs:CreateLogStream","logs:PutLogEvents","logs:DescribeLogStreams"],
              "Resource":"arn:aws:logs:us-east-1:111122223333:log-group:vpc-flow-logs:*"}]}""";

    private final PolicyEvaluator evaluator = new PolicyEvaluator();
    private NamedPolicy trust;
    private List<NamedPolicy> permissions;
    private List<NamedPolicy> heavyIdentity;
    private AuthorizationRequest assumeRole;
    private AuthorizationRequest putLogEvents;

    @Setup
    public void compile() {
        trust = new NamedPolicy("role FlowLogsRole trust policy", PolicyParser.parse(TRUST, PolicyKind.TRUST));
        permissions = List.of(new NamedPolicy("role FlowLogsRole inline policy deliver",
                PolicyParser.parse(PERMISSIONS, PolicyKind.IDENTITY)));
        heavyIdentity = heavyIdentity();
        Principal service = Principal.service("vpc-flow-logs.amazonaws.com");
        assumeRole = new AuthorizationRequest(service, "sts:AssumeRole", ROLE_ARN, ACCOUNT,
                serviceContext(service));
        putLogEvents = new AuthorizationRequest(SESSION, "logs:PutLogEvents", STREAM, ACCOUNT, sessionContext());
    }

    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final Principal SESSION = Principal.assumedRole(
            "arn:aws:sts::" + ACCOUNT + ":assumed-role/FlowLogsRole/fl-1", ROLE_ARN, "AROAEXAMPLEFLOWLOGS01:fl-1");

    /**
     * The keys the emulator's authorizer (authz.RequestContexts) puts in the context of the Flow Logs service's
     * sts:AssumeRole: the standard keys with aws:SourceAccount and aws:SourceArn, the transport keys and
     * aws:ResourceAccount (11 keys).
     */
    private static RequestContext serviceContext(Principal service) {
        RequestContext.Builder keys = StandardContextKeys.of(service, "us-east-1", NOW, ACCOUNT, FLOW_LOG_ARN);
        StandardContextKeys.addTransportKeys(keys, "127.0.0.1", false);
        return keys.put("aws:ResourceAccount", ACCOUNT).build();
    }

    /**
     * The keys of a role session's logs:PutLogEvents as the emulator builds them: standard keys of the session, the
     * transport keys, the session keys (aws:TokenIssueTime, aws:MultiFactorAuthPresent) and aws:ResourceAccount
     * (14 keys).
     */
    private static RequestContext sessionContext() {
        RequestContext.Builder keys = StandardContextKeys.of(SESSION, "us-east-1", NOW);
        StandardContextKeys.addTransportKeys(keys, "127.0.0.1", false);
        StandardContextKeys.addSessionKeys(keys, NOW.minusSeconds(600), Map.of(), null);
        return keys.put("aws:ResourceAccount", ACCOUNT).build();
    }

    /**
     * 10 policies of 20 statements: other services' actions, other log groups, conditions on other keys; the one
     * statement that allows is the very last, so every statement is checked.
     */
    private static List<NamedPolicy> heavyIdentity() {
        List<NamedPolicy> policies = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            StringBuilder json = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[");
            for (int s = 0; s < 20; s++) {
                boolean last = p == 9 && s == 19;
                json.append(s == 0 ? "" : ",").append("{\"Sid\":\"S").append(p).append('x').append(s)
                        .append("\",\"Effect\":\"Allow\",\"Action\":");
                json.append(switch (s % 4) {
                    case 0 -> "[\"ec2:Describe*\",\"ec2:CreateTags\"]";
                    case 1 -> "\"s3:GetObject\"";
                    case 2 -> "[\"logs:PutLogEvents\",\"logs:CreateLogStream\"]";
                    default -> "\"logs:*\"";
                });
                json.append(",\"Resource\":\"").append(last
                        ? "arn:aws:logs:us-east-1:111122223333:log-group:vpc-flow-logs:*"
                        : "arn:aws:logs:us-east-1:111122223333:log-group:app-" + p + "-" + s + ":*").append('"');
                if (s % 5 == 0) {
                    json.append(",\"Condition\":{\"StringEquals\":{\"aws:RequestedRegion\":\"us-east-1\"},"
                            + "\"IpAddress\":{\"aws:SourceIp\":\"127.0.0.0/8\"}}");
                }
                json.append('}');
            }
            json.append("]}");
            policies.add(new NamedPolicy("policy-" + p, PolicyParser.parse(json.toString(), PolicyKind.IDENTITY)));
        }
        return policies;
    }

    @Benchmark
    public Decision seedTrustPolicyAssumeRole() {
        return evaluator.evaluate(assumeRole, List.of(), trust, PolicyType.TRUST);
    }

    @Benchmark
    public Decision seedPermissionsPolicyPutLogEvents() {
        return evaluator.evaluate(putLogEvents, permissions, null, PolicyType.RESOURCE);
    }

    /**
     * The same decision with its request context built for the call, as the emulator builds one per access check:
     * the decision plus the per-request cost of the context (the evaluator's input) together.
     */
    @Benchmark
    public Decision seedPermissionsPolicyPutLogEventsWithFreshContext() {
        return evaluator.evaluate(new AuthorizationRequest(SESSION, "logs:PutLogEvents", STREAM, ACCOUNT,
                sessionContext()), permissions, null, PolicyType.RESOURCE);
    }

    @Benchmark
    public Decision tenPoliciesOfTwentyStatements() {
        return evaluator.evaluate(putLogEvents, heavyIdentity, null, PolicyType.RESOURCE);
    }
}
