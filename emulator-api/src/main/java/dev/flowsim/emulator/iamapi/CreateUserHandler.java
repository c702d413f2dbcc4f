package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.identity.User;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;
import dev.flowsim.emulator.queryinput.Tag;
import dev.flowsim.emulator.queryinput.TagInput;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** CreateUser: a new IAM user without credentials; access keys come with CreateAccessKey. */
final class CreateUserHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final IdSource ids;
    private final RoleTags tags;

    CreateUserHandler(IamState iam, IdSource ids, RoleTags tags) {
        this.iam = iam;
        this.ids = ids;
        this.tags = tags;
    }

    private record Input(String path, String userName, String permissionsBoundary, List<Tag> tags) {
    }

    @Override
    public String name() {
        return "CreateUser";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        Input in = read(call.query());
        String arn = User.arn(call.accountId(), in.path, in.userName);
        List<AccessCheck> checks = new ArrayList<>();
        checks.add(new AccessCheck("iam:CreateUser", arn));
        if (!in.tags.isEmpty()) {
            checks.add(new AccessCheck("iam:TagUser", arn));
        }
        return checks;
    }

    @Override
    public XmlElement handle(Call call) {
        Input in = read(call.query());
        if (in.permissionsBoundary != null) {
            throw IamErrors.permissionsBoundaryUnsupported();
        }
        if (TagInput.hasDuplicateKeys(in.tags)) {
            throw IamErrors.duplicateTagKeys();
        }
        String account = call.accountId();
        User user = new User(account, in.userName, in.path, ids.upperAlnum("AIDA", 17),
                User.arn(account, in.path, in.userName), call.now().truncatedTo(ChronoUnit.SECONDS), Map.of());
        if (!iam.addUser(user)) {
            throw IamErrors.userExists(in.userName);
        }
        tags.put(user.userId(), in.tags);
        return XmlElement.of("CreateUserResult").add(IdentityXml.user("User", user, in.tags));
    }

    private static Input read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String path = q.get("Path");
        c.text("path", path, 1, 512, IamShapes.PATH);
        String userName = IamShapes.userName(q, c, true, 64);
        String boundary = q.get("PermissionsBoundary");
        c.text("permissionsBoundary", boundary, 20, 2048, null);
        List<Tag> tags = TagInput.read(q, "Tags", "tags", c);
        c.throwIfViolated();
        return new Input(path == null ? "/" : path, userName, boundary, tags);
    }
}
