package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.queryinput.InputConstraints;

/** The UserName and PolicyName that name one inline user policy (GetUserPolicy, DeleteUserPolicy). */
record UserPolicyRef(String userName, String policyName) {

    static UserPolicyRef read(QueryParams query) {
        InputConstraints c = new InputConstraints();
        String userName = IamShapes.userName(query, c, true, 128);
        String policyName = IamShapes.policyName(query, c);
        c.throwIfViolated();
        return new UserPolicyRef(userName, policyName);
    }
}
