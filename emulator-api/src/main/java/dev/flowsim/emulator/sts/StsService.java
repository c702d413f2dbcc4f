package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.identity.CredentialStore;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.protocol.QueryProtocol;
import dev.flowsim.emulator.service.AwsService;

import java.util.List;

/**
 * The emulated STS API (Query protocol, 2011-06-15): GetCallerIdentity, AssumeRole and DecodeAuthorizationMessage.
 * Its resource policies are the trust policies of IAM's roles.
 */
public final class StsService {

    public static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

    private StsService() {
    }

    /**
     * STS with a private session registry. Session policies recorded there reach no authorizer, so use
     * {@link #create(IamState, CredentialStore, IdSource, AssumedSessions)} wherever sessions make further calls.
     */
    public static AwsService create(IamState iam, CredentialStore creds, IdSource ids) {
        return create(iam, creds, ids, new AssumedSessions());
    }

    /** STS recording every session it issues in {@code sessions}, where the authorizer finds session policies. */
    public static AwsService create(IamState iam, CredentialStore creds, IdSource ids, AssumedSessions sessions) {
        return new AwsService("sts", new QueryProtocol(NAMESPACE), List.of(
                new GetCallerIdentityHandler(),
                new AssumeRoleHandler(iam, creds, ids, sessions),
                new DecodeAuthorizationMessageHandler()),
                new RoleTrustPolicies(iam));
    }
}
