package dev.flowsim.emulator.iamapi;

/** ListAttachedUserPolicies: see {@link ListAttachedPoliciesHandler}. */
final class ListAttachedUserPoliciesHandler extends ListAttachedPoliciesHandler {

    ListAttachedUserPoliciesHandler(PolicyHolder holder) {
        super(holder);
    }
}
