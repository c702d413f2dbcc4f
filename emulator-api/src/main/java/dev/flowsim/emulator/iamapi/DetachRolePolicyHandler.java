package dev.flowsim.emulator.iamapi;

/** DetachRolePolicy: see {@link DetachPolicyHandler}. */
final class DetachRolePolicyHandler extends DetachPolicyHandler {

    DetachRolePolicyHandler(PolicyHolder holder) {
        super(holder);
    }
}
