package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.protocol.QueryProtocol;
import dev.flowsim.emulator.service.AwsService;
import dev.flowsim.emulator.service.ResourcePolicySource;

import java.util.List;

/** The emulated IAM API (Query protocol, 2010-05-08): roles, their trust policies and inline policies. */
public final class IamService {

    public static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";

    private IamService() {
    }

    public static AwsService create(IamState state, IdSource ids) {
        RoleLookup roles = new RoleLookup(state);
        RoleTags tags = new RoleTags();
        return new AwsService("iam", new QueryProtocol(NAMESPACE), List.of(
                new CreateRoleHandler(state, ids, tags),
                new GetRoleHandler(roles, tags),
                new DeleteRoleHandler(state, roles, tags),
                new PutRolePolicyHandler(state, roles),
                new GetRolePolicyHandler(roles),
                new ListRolePoliciesHandler(roles),
                new DeleteRolePolicyHandler(state, roles),
                new UpdateAssumeRolePolicyHandler(state, roles)),
                // IAM roles have no resource-based policy of their own: only identity policies decide IAM calls.
                ResourcePolicySource.NONE);
    }
}
