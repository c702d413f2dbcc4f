package dev.flowsim.emulator.identity;

import dev.flowsim.emulator.iam.Principal;

import java.time.Instant;

/**
 * An access key the emulator accepts: long-term (root or user keys), temporary (STS sessions, with a token and an
 * expiry on the simulated clock) or a service principal's key, which alone may declare a source account and ARN.
 * Session credentials also carry their {@link SessionAttributes} (session policy, issue time, tags), null otherwise.
 */
public record Credential(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration,
                         Principal principal, boolean servicePrincipal, SessionAttributes session) {

    public Credential(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration,
                      Principal principal, boolean servicePrincipal) {
        this(accessKeyId, secretAccessKey, sessionToken, expiration, principal, servicePrincipal, null);
    }

    public static Credential longTerm(String accessKeyId, String secret, Principal principal) {
        return new Credential(accessKeyId, secret, null, null, principal, false);
    }

    public static Credential service(String accessKeyId, String secret, Principal principal) {
        return new Credential(accessKeyId, secret, null, null, principal, true);
    }

    public boolean temporary() {
        return sessionToken != null;
    }

    public boolean expiredAt(Instant now) {
        return expiration != null && !now.isBefore(expiration);
    }

    /** Never print secrets: logs and the decision log see only the key id. */
    @Override
    public String toString() {
        return "Credential[" + accessKeyId + " for " + principal.arn() + (temporary() ? ", temporary" : "") + "]";
    }
}
