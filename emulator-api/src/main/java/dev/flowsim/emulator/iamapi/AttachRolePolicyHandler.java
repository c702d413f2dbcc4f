package dev.flowsim.emulator.iamapi;

/** AttachRolePolicy: see {@link AttachPolicyHandler}. */
final class AttachRolePolicyHandler extends AttachPolicyHandler {

    AttachRolePolicyHandler(PolicyHolder holder, PolicyLookup policies) {
        super(holder, policies);
    }
}
