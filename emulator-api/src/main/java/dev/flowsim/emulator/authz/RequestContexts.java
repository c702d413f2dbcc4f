package dev.flowsim.emulator.authz;

import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.iam.RequestContext;
import dev.flowsim.emulator.iam.StandardContextKeys;
import dev.flowsim.emulator.identity.Caller;
import dev.flowsim.emulator.identity.SessionAttributes;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;

import java.util.Objects;

/**
 * The request context AWS would build for one access check (reference 7): the caller's global keys, how the request
 * arrived, the session's keys for role-session credentials, aws:ResourceAccount, and the keys the operation itself
 * contributes through its {@link AccessCheck} (sts:ExternalId, aws:RequestTag/KEY, iam:PassedToService, ...).
 */
final class RequestContexts {

    private RequestContexts() {
    }

    /**
     * What a context without operation keys is made of. Principal and session are compared by identity (a request
     * signed with the same credential carries the same objects); any other difference rebuilds.
     */
    private record Inputs(Principal principal, SessionAttributes session, String sourceAccount, String sourceArn,
                          String region, long second, String sourceIp, String resourceAccount) {

        boolean sameAs(Inputs other) {
            return principal == other.principal && session == other.session && second == other.second
                    && Objects.equals(region, other.region) && Objects.equals(sourceIp, other.sourceIp)
                    && Objects.equals(resourceAccount, other.resourceAccount)
                    && Objects.equals(sourceAccount, other.sourceAccount) && Objects.equals(sourceArn, other.sourceArn);
        }
    }

    private record Built(Inputs inputs, RequestContext context) {
    }

    /**
     * The last context each thread built without operation keys: consecutive requests of one session in one second
     * (a publisher's stream of PutLogEvents) have the same keys, and a context is immutable, so it is shared instead
     * of rebuilding its ~15 keys.
     */
    private static final ThreadLocal<Built> LAST = new ThreadLocal<>();

    static RequestContext build(Call call, AccessCheck check, String resourceAccount) {
        if (!check.context().isEmpty()) {
            return assemble(call, check, resourceAccount);
        }
        Caller caller = call.caller();
        Inputs inputs = new Inputs(caller.principal(), caller.session(), caller.sourceAccount(), caller.sourceArn(),
                call.region(), call.now().getEpochSecond(), call.sourceIp(), resourceAccount);
        Built last = LAST.get();
        if (last != null && last.inputs.sameAs(inputs)) {
            return last.context;
        }
        RequestContext context = assemble(call, check, resourceAccount);
        LAST.set(new Built(inputs, context));
        return context;
    }

    private static RequestContext assemble(Call call, AccessCheck check, String resourceAccount) {
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
