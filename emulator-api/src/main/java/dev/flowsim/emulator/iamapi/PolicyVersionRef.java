package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.queryinput.InputConstraints;

/** The PolicyArn and VersionId that name one policy version (GetPolicyVersion, DeletePolicyVersion). */
record PolicyVersionRef(String policyArn, String versionId) {

    static PolicyVersionRef read(QueryParams query) {
        InputConstraints c = new InputConstraints();
        String arn = IamShapes.policyArn(query, c);
        String versionId = IamShapes.versionId(query, c);
        c.throwIfViolated();
        return new PolicyVersionRef(arn, versionId);
    }
}
