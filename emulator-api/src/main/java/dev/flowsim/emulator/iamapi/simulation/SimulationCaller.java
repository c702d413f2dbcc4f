package dev.flowsim.emulator.iamapi.simulation;

import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.iam.Arn;
import dev.flowsim.emulator.iam.Principal;

import java.util.regex.Pattern;

/**
 * The principal a simulation evaluates for. AWS accepts only IAM user ARNs as CallerArn; flowsim also accepts role
 * and role-session ARNs, the root user, and service principals ({@code vpc-flow-logs.amazonaws.com}), so a trust
 * policy can be simulated for the service that assumes the role.
 */
final class SimulationCaller {

    /** The user evaluated when no CallerArn is given (only identity policies can then decide). */
    static final String DEFAULT_USER = "flowsim-simulated-user";

    private static final Pattern SERVICE = Pattern.compile("[a-z0-9.-]+\\.amazonaws\\.com(\\.cn)?");

    private SimulationCaller() {
    }

    static Principal of(String callerArn, String defaultAccount) {
        if (callerArn == null) {
            return Principal.user("arn:aws:iam::" + defaultAccount + ":user/" + DEFAULT_USER, "AIDASIMULATEDUSER");
        }
        if (SERVICE.matcher(callerArn).matches()) {
            return Principal.service(callerArn);
        }
        Arn arn = Arn.parse(callerArn).orElseThrow(() -> invalid(callerArn));
        String resource = arn.resource();
        String account = arn.account();
        if ("iam".equals(arn.service()) && "root".equals(resource)) {
            return Principal.root(account);
        }
        if ("iam".equals(arn.service()) && resource.startsWith("user/")) {
            return Principal.user(callerArn, "AIDASIMULATED" + account);
        }
        if ("iam".equals(arn.service()) && resource.startsWith("role/")) {
            return Principal.role(callerArn, "AROASIMULATED" + account);
        }
        if ("sts".equals(arn.service()) && resource.startsWith("assumed-role/")) {
            String[] parts = resource.split("/");
            if (parts.length == 3) {
                return Principal.assumedRole(callerArn, "arn:" + arn.partition() + ":iam::" + account + ":role/"
                        + parts[1], "AROASIMULATED" + account + ":" + parts[2]);
            }
        }
        throw invalid(callerArn);
    }

    private static AwsException invalid(String callerArn) {
        return new AwsException("InvalidInput", "Invalid CallerArn: " + callerArn + ". flowsim accepts the ARN of "
                + "an IAM user, role, role session or root user, or a service principal such as "
                + "vpc-flow-logs.amazonaws.com.", 400);
    }
}
