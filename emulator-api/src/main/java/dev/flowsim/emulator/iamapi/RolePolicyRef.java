package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.protocol.QueryParams;

/** The RoleName and PolicyName that name one inline policy (GetRolePolicy, DeleteRolePolicy). */
record RolePolicyRef(String roleName, String policyName) {

    static RolePolicyRef read(QueryParams query) {
        InputConstraints c = new InputConstraints();
        String roleName = IamShapes.roleName(query, c);
        String policyName = IamShapes.policyName(query, c);
        c.throwIfViolated();
        return new RolePolicyRef(roleName, policyName);
    }
}
