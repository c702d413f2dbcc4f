package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.AccessKey;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** ListAccessKeys: a user's key ids and status, never the secrets. */
final class ListAccessKeysHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final UserLookup users;

    ListAccessKeysHandler(IamState iam, UserLookup users) {
        this.iam = iam;
        this.users = users;
    }

    private record Input(String userName, Paging.Request paging) {
    }

    @Override
    public String name() {
        return "ListAccessKeys";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        String userName = users.nameOrCaller(call, read(call.query()).userName);
        return List.of(new AccessCheck("iam:ListAccessKeys", users.authorizationArn(call.accountId(), userName)));
    }

    @Override
    public XmlElement handle(Call call) {
        Input in = read(call.query());
        String account = call.accountId();
        String userName = users.require(account, users.nameOrCaller(call, in.userName)).name();
        List<AccessKey> keys = iam.accessKeys(account, userName).stream()
                .sorted(java.util.Comparator.comparing(AccessKey::accessKeyId)).toList();
        Paging.Page<AccessKey> page = Paging.page(keys, AccessKey::accessKeyId, in.paging);
        XmlElement result = XmlElement.of("ListAccessKeysResult");
        XmlElement list = result.child("AccessKeyMetadata");
        page.items().forEach(k -> list.add(IdentityXml.accessKeyMetadata(k)));
        page.addTo(result);
        return result;
    }

    private static Input read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String userName = IamShapes.userName(q, c, false, 128);
        Paging.Request paging = IamShapes.paging(q, c);
        c.throwIfViolated();
        return new Input(userName, paging);
    }
}
