package dev.flowsim.emulator.authz;

import dev.flowsim.emulator.auth.ProtocolFamily;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.iam.Decision;


/** A denial in each protocol's own words: Logs' AccessDeniedException, IAM/STS's AccessDenied, EC2's UnauthorizedOperation. */
public final class AccessDenials {

    private AccessDenials() {
    }

    public static AwsException forFamily(ProtocolFamily family, Decision decision) {
        return switch (family) {
            case JSON -> new AwsException("AccessDeniedException", decision.accessDeniedMessage(), 400);
            case QUERY -> new AwsException("AccessDenied", decision.accessDeniedMessage(), 403);
            case EC2 -> new AwsException("UnauthorizedOperation",
                    "You are not authorized to perform this operation. " + decision.accessDeniedMessage()
                            + ". Encoded authorization failure message: " + encode(decision), 403);
        };
    }

    /** EC2 hides the reason in an encoded message that only sts:DecodeAuthorizationMessage reveals. */
    static String encode(Decision decision) {
        return AuthorizationMessages.encode(decision);
    }
}
