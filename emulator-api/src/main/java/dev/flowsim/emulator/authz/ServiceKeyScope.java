package dev.flowsim.emulator.authz;

import dev.flowsim.emulator.auth.ProtocolFamily;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.identity.Credential;

import java.util.Map;
import java.util.Set;

/**
 * What a service principal's key may call. In AWS a service never acts with its own identity on a customer's
 * resources: it assumes the customer's role and acts as that session. flowsim's service key is the stand-in for the
 * service's own identity, so it may make the service's own calls only (for Flow Logs: sts:AssumeRole), and a leaked
 * key cannot read or write anyone's logs. This is checked before IAM, because no policy can widen it.
 */
public final class ServiceKeyScope {

    private static final Map<String, Set<String>> ALLOWED_ACTIONS = Map.of(
            "vpc-flow-logs.amazonaws.com", Set.of("sts:AssumeRole"));

    private ServiceKeyScope() {
    }

    /** The actions the key of {@code servicePrincipal} may call; empty for a service flowsim does not play. */
    public static Set<String> allowedActions(String servicePrincipal) {
        return ALLOWED_ACTIONS.getOrDefault(servicePrincipal, Set.of());
    }

    /**
     * @throws AwsException the family's access-denied error when a service key calls anything else
     */
    public static void requireAllowed(ProtocolFamily family, Credential credential, String signingName,
                                      String operation) {
        if (!credential.servicePrincipal()) {
            return;
        }
        String service = credential.principal().serviceName();
        String action = signingName + ":" + operation;
        Set<String> allowed = allowedActions(service);
        if (allowed.contains(action)) {
            return;
        }
        String message = "User: " + credential.principal().arn() + " is not authorized to perform: " + action
                + " because flowsim's key for the service principal " + service + " may only call "
                + String.join(", ", allowed.stream().sorted().toList())
                + "; the service acts on your resources only through the role it assumes";
        throw switch (family) {
            case JSON -> new AwsException("AccessDeniedException", message, 400);
            case QUERY -> new AwsException("AccessDenied", message, 403);
            case EC2 -> new AwsException("UnauthorizedOperation",
                    "You are not authorized to perform this operation. " + message, 403);
        };
    }
}
