package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.iam.PolicyDocument;
import dev.flowsim.emulator.iam.Statement;
import dev.flowsim.emulator.identity.IamState;

import java.util.regex.Pattern;

/**
 * IAM refuses to store a trust policy that names a role which does not exist (it resolves each named role to its
 * unique id when saving). flowsim knows every role of every account, so it can apply the same rule. Users are not
 * modelled by IamState and are not checked.
 */
final class TrustPrincipals {

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::\\d{12}:role/.+");

    private TrustPrincipals() {
    }

    /** @throws AwsException MalformedPolicyDocument {@code Invalid principal in policy: "AWS":"<arn>"} */
    static void requireExistingRoles(PolicyDocument trust, IamState iam) {
        for (Statement statement : trust.statements()) {
            if (statement.principal() == null) {
                continue;
            }
            for (String entry : statement.principal().aws()) {
                if (ROLE_ARN.matcher(entry).matches() && iam.roleByArn(entry).isEmpty()) {
                    throw new AwsException("MalformedPolicyDocument",
                            "Invalid principal in policy: \"AWS\":\"" + entry + "\"", 400);
                }
            }
        }
    }
}
