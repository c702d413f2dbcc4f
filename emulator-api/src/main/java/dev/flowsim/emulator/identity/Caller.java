package dev.flowsim.emulator.identity;

import dev.flowsim.emulator.iam.Principal;

/**
 * Who signed a request, as established by SigV4: the principal, the access key used and, for service principals,
 * the source account and ARN the service declared in signed headers (they become aws:SourceAccount and
 * aws:SourceArn). For anyone else the source fields are always null, whatever headers they send. Callers using role
 * session credentials carry the session's attributes (session policy, token issue time, tags); others carry null.
 * {@code deliveryAccount} is the account a Flow Logs delivery session writes into when that is not its own (flowsim's
 * cross-account delivery [U]); null for everyone else, whatever headers they send.
 */
public record Caller(Principal principal, String accessKeyId, String sourceAccount, String sourceArn,
                     SessionAttributes session, String deliveryAccount) {

    public Caller(Principal principal, String accessKeyId, String sourceAccount, String sourceArn) {
        this(principal, accessKeyId, sourceAccount, sourceArn, null, null);
    }

    public Caller(Principal principal, String accessKeyId, String sourceAccount, String sourceArn,
                  SessionAttributes session) {
        this(principal, accessKeyId, sourceAccount, sourceArn, session, null);
    }

    public String accountId() {
        return principal.accountId();
    }

    public String arn() {
        return principal.arn();
    }
}
