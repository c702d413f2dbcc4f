package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.iam.PrincipalType;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.User;
import dev.flowsim.emulator.service.Call;

/** Finds the user an IAM request names (or, where IAM allows leaving it out, the calling user). */
final class UserLookup {

    private final IamState iam;

    UserLookup(IamState iam) {
        this.iam = iam;
    }

    /** The existing user's ARN (with its path), else the default-path ARN, so a missing user is authorized first. */
    String authorizationArn(String accountId, String userName) {
        return iam.user(accountId, userName).map(User::arn).orElseGet(() -> User.arn(accountId, "/", userName));
    }

    User require(String accountId, String userName) {
        return iam.user(accountId, userName).orElseThrow(() -> IamErrors.noSuchUser(userName));
    }

    /**
     * The user named, or the caller when the request names none (GetUser, CreateAccessKey, ListAccessKeys): IAM then
     * acts on the signing user. Root and role sessions have no user to fall back to; flowsim refuses with
     * ValidationError rather than inventing root access keys [U].
     */
    String nameOrCaller(Call call, String userName) {
        if (userName != null) {
            return userName;
        }
        Principal caller = call.caller().principal();
        if (caller.type() == PrincipalType.USER) {
            return caller.userName();
        }
        throw new dev.flowsim.emulator.error.AwsException("ValidationError", "Must specify userName when calling "
                + "with non-User credentials", 400);
    }
}
