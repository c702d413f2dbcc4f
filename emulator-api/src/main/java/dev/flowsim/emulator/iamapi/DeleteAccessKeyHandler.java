package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.AccessKey;
import dev.flowsim.emulator.identity.CredentialStore;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** DeleteAccessKey: the key stops working at once; requests signed with it are then an unknown key. */
final class DeleteAccessKeyHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final UserLookup users;
    private final CredentialStore credentials;

    DeleteAccessKeyHandler(IamState iam, UserLookup users, CredentialStore credentials) {
        this.iam = iam;
        this.users = users;
        this.credentials = credentials;
    }

    private record Input(String userName, String accessKeyId) {
    }

    @Override
    public String name() {
        return "DeleteAccessKey";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        Input in = read(call.query());
        String userName = users.nameOrCaller(call, in.userName);
        return List.of(new AccessCheck("iam:DeleteAccessKey", users.authorizationArn(call.accountId(), userName)));
    }

    @Override
    public XmlElement handle(Call call) {
        Input in = read(call.query());
        String account = call.accountId();
        String userName = users.nameOrCaller(call, in.userName);
        return iam.atomically(() -> {
            users.require(account, userName);
            AccessKey key = iam.accessKey(in.accessKeyId)
                    .filter(k -> k.accountId().equals(account) && k.userName().equalsIgnoreCase(userName))
                    .orElseThrow(() -> IamErrors.noSuchAccessKey(in.accessKeyId));
            iam.removeAccessKey(key.accessKeyId());
            credentials.remove(key.accessKeyId());
            return null;
        });
    }

    private static Input read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String userName = IamShapes.userName(q, c, false, 128);
        String keyId = q.get("AccessKeyId");
        c.required("accessKeyId", keyId).text("accessKeyId", keyId, 16, 128, IamShapes.ACCESS_KEY_ID);
        c.throwIfViolated();
        return new Input(userName, keyId);
    }
}
