package dev.flowsim.emulator.authz;

import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.iam.RequestContext;
import dev.flowsim.emulator.iam.StandardContextKeys;
import dev.flowsim.emulator.identity.Caller;
import dev.flowsim.emulator.identity.SessionAttributes;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;

/**
 * The request context AWS would build for one access check (reference 7): the caller's global keys, how the request
 * arrived, the session's keys for role-session credentials, aws:ResourceAccount, and the keys the operation itself
 * contributes through its {@link AccessCheck} (sts:ExternalId, aws:RequestTag/KEY, iam:PassedToService, ...).
 */
final class RequestContexts {

    private RequestContexts() {
    }

    static RequestContext build(Call call, AccessCheck check, String resourceAccount) {
        Caller caller = call.caller();
        Principal principal = caller.principal();
        RequestContext.Builder keys = StandardContextKeys.of(principal, call.region(), call.now(),
                caller.sourceAccount(), caller.sourceArn());
        StandardContextKeys.addTransportKeys(keys, call.sourceIp(), false);
        SessionAttributes session = caller.session();
        if (session != null) {
            StandardContextKeys.addSessionKeys(keys, session.issuedAt(), session.tags(), session.sourceIdentity());
        }
        if (resourceAccount != null && !resourceAccount.isEmpty()) {
            keys.put("aws:ResourceAccount", resourceAccount);
        }
        check.context().forEach(keys::put);
        return keys.build();
    }
}
