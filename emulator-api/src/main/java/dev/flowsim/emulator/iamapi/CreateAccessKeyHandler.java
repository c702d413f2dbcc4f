package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.identity.AccessKey;
import dev.flowsim.emulator.identity.Credential;
import dev.flowsim.emulator.identity.CredentialStore;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.identity.User;
import dev.flowsim.emulator.queryinput.IsoTimestamps;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * CreateAccessKey: a long-term key for a user (at most two per user). From then on requests signed with it act as
 * that user, evaluated against the user's policies. The secret is in this response and nowhere else.
 */
final class CreateAccessKeyHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final UserLookup users;
    private final CredentialStore credentials;
    private final IdSource ids;

    CreateAccessKeyHandler(IamState iam, UserLookup users, CredentialStore credentials, IdSource ids) {
        this.iam = iam;
        this.users = users;
        this.credentials = credentials;
        this.ids = ids;
    }

    @Override
    public String name() {
        return "CreateAccessKey";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        String userName = users.nameOrCaller(call, read(call.query()));
        return List.of(new AccessCheck("iam:CreateAccessKey", users.authorizationArn(call.accountId(), userName)));
    }

    @Override
    public XmlElement handle(Call call) {
        String userName = users.nameOrCaller(call, read(call.query()));
        String account = call.accountId();
        String secret = ids.secretKey();
        AccessKey key = iam.atomically(() -> {
            User user = users.require(account, userName);
            if (iam.accessKeys(account, user.name()).size() >= AccessKey.MAX_PER_USER) {
                throw IamErrors.tooManyAccessKeys();
            }
            AccessKey created = new AccessKey(ids.upperAlnum("AKIA", 16), account, user.name(), "Active",
                    call.now().truncatedTo(ChronoUnit.SECONDS));
            credentials.register(Credential.longTerm(created.accessKeyId(), secret,
                    Principal.user(user.arn(), user.userId())));
            iam.addAccessKey(created);
            return created;
        });
        XmlElement result = XmlElement.of("CreateAccessKeyResult");
        result.child("AccessKey").add("UserName", key.userName()).add("AccessKeyId", key.accessKeyId())
                .add("Status", key.status()).add("SecretAccessKey", secret)
                .add("CreateDate", IsoTimestamps.format(key.createDate()));
        return result;
    }

    private static String read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String userName = IamShapes.userName(q, c, false, 128);
        c.throwIfViolated();
        return userName;
    }
}
