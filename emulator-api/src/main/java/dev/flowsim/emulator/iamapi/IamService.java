package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.iamapi.simulation.PolicySimulator;
import dev.flowsim.emulator.identity.CredentialStore;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.protocol.QueryProtocol;
import dev.flowsim.emulator.service.AwsService;
import dev.flowsim.emulator.service.ResourcePolicySource;

import java.util.List;

/**
 * The emulated IAM API (Query protocol, 2010-05-08): roles, users and their access keys, inline and customer managed
 * policies with their attachments, and the policy simulator.
 */
public final class IamService {

    public static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";

    private IamService() {
    }

    /**
     * @param credentials where CreateAccessKey registers user keys, so requests signed with them authenticate
     */
    public static AwsService create(IamState state, IdSource ids, CredentialStore credentials) {
        RoleLookup roles = new RoleLookup(state);
        UserLookup users = new UserLookup(state);
        PolicyLookup policies = new PolicyLookup(state);
        PolicyHolder roleHolder = PolicyHolder.roles(state);
        PolicyHolder userHolder = PolicyHolder.users(state);
        // Tags of roles, users and policies, by their unique ids.
        RoleTags tags = new RoleTags();
        PolicySimulator simulator = new PolicySimulator();
        return new AwsService("iam", new QueryProtocol(NAMESPACE), List.of(
                new CreateRoleHandler(state, ids, tags),
                new GetRoleHandler(roles, tags),
                new DeleteRoleHandler(state, roles, tags),
                new ListRolesHandler(state),
                new PutRolePolicyHandler(state, roles),
                new GetRolePolicyHandler(roles),
                new ListRolePoliciesHandler(roles),
                new DeleteRolePolicyHandler(state, roles),
                new UpdateAssumeRolePolicyHandler(state, roles),
                new CreatePolicyHandler(state, ids, tags),
                new GetPolicyHandler(state, policies, tags),
                new DeletePolicyHandler(state, policies, tags),
                new ListPoliciesHandler(state),
                new CreatePolicyVersionHandler(state, policies),
                new GetPolicyVersionHandler(policies),
                new ListPolicyVersionsHandler(policies),
                new DeletePolicyVersionHandler(state, policies),
                new AttachRolePolicyHandler(roleHolder, policies),
                new DetachRolePolicyHandler(roleHolder),
                new ListAttachedRolePoliciesHandler(roleHolder),
                new CreateUserHandler(state, ids, tags),
                new GetUserHandler(users, tags),
                new DeleteUserHandler(state, users, tags),
                new PutUserPolicyHandler(state, users),
                new GetUserPolicyHandler(users),
                new DeleteUserPolicyHandler(state, users),
                new ListUserPoliciesHandler(users),
                new AttachUserPolicyHandler(userHolder, policies),
                new DetachUserPolicyHandler(userHolder),
                new ListAttachedUserPoliciesHandler(userHolder),
                new CreateAccessKeyHandler(state, users, credentials, ids),
                new DeleteAccessKeyHandler(state, users, credentials),
                new ListAccessKeysHandler(state, users),
                new SimulateCustomPolicyHandler(simulator),
                new SimulatePrincipalPolicyHandler(state, simulator)),
                // IAM entities have no resource-based policy of their own: only identity policies decide IAM calls.
                ResourcePolicySource.NONE);
    }
}
