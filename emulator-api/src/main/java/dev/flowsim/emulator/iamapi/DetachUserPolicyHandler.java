package dev.flowsim.emulator.iamapi;

/** DetachUserPolicy: see {@link DetachPolicyHandler}. */
final class DetachUserPolicyHandler extends DetachPolicyHandler {

    DetachUserPolicyHandler(PolicyHolder holder) {
        super(holder);
    }
}
