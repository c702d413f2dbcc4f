package dev.flowsim.emulator.iamapi;

/** ListAttachedRolePolicies: see {@link ListAttachedPoliciesHandler}. */
final class ListAttachedRolePoliciesHandler extends ListAttachedPoliciesHandler {

    ListAttachedRolePoliciesHandler(PolicyHolder holder) {
        super(holder);
    }
}
