package dev.flowsim.emulator.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Named sets of faults. {@code aws-defaults} is CloudWatch Logs' default request-rate quotas per account and region,
 * as the reference records them (docs/shared reference §5, cloudwatch-logs.md): PutLogEvents 1,500 TPS (the figure
 * quoted for most regions [U]; 5,000 in us-east-1, us-west-2, eu-west-1), CreateLogStream 50, CreateLogGroup 5 [U:
 * documents say 5-10], DescribeLogGroups 10, DescribeLogStreams 25, GetLogEvents 10, FilterLogEvents 5. Burst equals
 * the rate (one second's worth), which AWS does not document [U].
 */
public final class FaultProfiles {

    public static final String AWS_DEFAULTS = "aws-defaults";
    private static final Set<String> BIG_REGIONS = Set.of("us-east-1", "us-west-2", "eu-west-1");

    private record Quota(String operation, double rate) {
    }

    private static final List<Quota> LOGS_QUOTAS = List.of(
            new Quota("CreateLogStream", 50), new Quota("CreateLogGroup", 5), new Quota("DeleteLogGroup", 5),
            new Quota("DescribeLogGroups", 10), new Quota("DescribeLogStreams", 25),
            new Quota("GetLogEvents", 10), new Quota("FilterLogEvents", 5));

    private FaultProfiles() {
    }

    public static Set<String> names() {
        return Set.of(AWS_DEFAULTS);
    }

    /** A fault of a profile and the extra condition it applies under. */
    record Member(FaultSpec spec, Predicate<CallFacts> also) {
    }

    /** The faults a profile stands for; their ids are the profile fault's id plus the operation (and region). */
    static List<Member> expand(FaultSpec profileFault) {
        if (!AWS_DEFAULTS.equals(profileFault.profile())) {
            throw new IllegalArgumentException("unknown profile " + profileFault.profile());
        }
        String id = profileFault.id();
        FaultTarget t = profileFault.targetOrAny();
        List<Member> out = new ArrayList<>();
        for (Quota q : LOGS_QUOTAS) {
            out.add(new Member(quota(id + "/" + q.operation(), t, q.operation(), t.region(), q.rate(),
                    profileFault.window()), call -> true));
        }
        for (String region : BIG_REGIONS.stream().sorted().toList()) {
            if (t.region() == null || t.region().equals(region)) {
                out.add(new Member(quota(id + "/PutLogEvents/" + region, t, "PutLogEvents", region, 5000,
                        profileFault.window()), call -> true));
            }
        }
        if (t.region() == null || !BIG_REGIONS.contains(t.region())) {
            out.add(new Member(quota(id + "/PutLogEvents", t, "PutLogEvents", t.region(), 1500,
                    profileFault.window()), call -> !BIG_REGIONS.contains(call.region())));
        }
        return out;
    }

    private static FaultSpec quota(String id, FaultTarget t, String operation, String region, double rate,
                                   TimeWindow window) {
        return new FaultSpec(id, null, new FaultTarget("logs", operation, t.principal(), t.role(), t.account(),
                region, t.logGroup(), t.logStream()), null, null, window, null,
                new QuotaEffect(QuotaScope.ACCOUNT_REGION, rate, (int) Math.max(1, rate)), null, null);
    }
}
