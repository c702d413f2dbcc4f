package dev.flowsim.emulator.iamapi;

/** AttachUserPolicy: see {@link AttachPolicyHandler}. */
final class AttachUserPolicyHandler extends AttachPolicyHandler {

    AttachUserPolicyHandler(PolicyHolder holder, PolicyLookup policies) {
        super(holder, policies);
    }
}
