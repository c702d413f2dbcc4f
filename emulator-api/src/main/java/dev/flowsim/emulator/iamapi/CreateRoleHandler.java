package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.queryinput.TagInput;
import dev.flowsim.emulator.queryinput.Tag;
import dev.flowsim.emulator.queryinput.PolicyDocuments;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.iam.PolicyKind;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** CreateRole: a new role with its trust policy; inline policies come later with PutRolePolicy. */
final class CreateRoleHandler implements OperationHandler<XmlElement> {

    static final int DEFAULT_MAX_SESSION_SECONDS = 3600;

    private final IamState iam;
    private final IdSource ids;
    private final RoleTags roleTags;

    CreateRoleHandler(IamState iam, IdSource ids, RoleTags roleTags) {
        this.iam = iam;
        this.ids = ids;
        this.roleTags = roleTags;
    }

    private record Input(String path, String roleName, String trustPolicy, String description,
                         int maxSessionDuration, String permissionsBoundary, List<Tag> tags) {
    }

    @Override
    public String name() {
        return "CreateRole";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        Input in = read(call.query());
        String arn = RoleLookup.arn(call.accountId(), in.path, in.roleName);
        List<AccessCheck> checks = new ArrayList<>();
        checks.add(new AccessCheck("iam:CreateRole", arn));
        if (!in.tags.isEmpty()) {
            // Tagging on create is authorized separately, as AWS does.
            checks.add(new AccessCheck("iam:TagRole", arn));
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
        if (iam.role(account, in.roleName).isPresent()) {
            throw IamErrors.roleExists(in.roleName);
        }
        Role.StoredPolicy trust = PolicyDocuments.compile(in.trustPolicy, PolicyKind.TRUST);
        TrustPrincipals.requireExistingRoles(trust.compiled(), iam);
        if (trust.compiled().sizeWithoutWhitespace() > IamErrors.TRUST_POLICY_QUOTA) {
            throw IamErrors.trustPolicyTooLarge();
        }
        Role role = new Role(account, in.roleName, in.path, ids.upperAlnum("AROA", 17),
                RoleLookup.arn(account, in.path, in.roleName), call.now().truncatedTo(ChronoUnit.SECONDS),
                in.description, in.maxSessionDuration, trust, Map.of());
        if (!iam.addRole(role)) {
            throw IamErrors.roleExists(in.roleName);
        }
        roleTags.put(role.roleId(), in.tags);
        XmlElement result = XmlElement.of("CreateRoleResult");
        result.add(RoleXml.role(role, in.tags, false));
        return result;
    }

    private static Input read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String path = q.get("Path");
        c.text("path", path, 1, 512, IamShapes.PATH);
        String roleName = IamShapes.roleName(q, c);
        String trust = IamShapes.policyDocument(q, "AssumeRolePolicyDocument", "assumeRolePolicyDocument", c);
        String description = q.get("Description");
        c.text("description", description, 0, 1000, IamShapes.DESCRIPTION);
        Integer maxSession = c.integer("maxSessionDuration", q.get("MaxSessionDuration"), 3600, 43_200);
        String boundary = q.get("PermissionsBoundary");
        c.text("permissionsBoundary", boundary, 20, 2048, null);
        List<Tag> tags = TagInput.read(q, "Tags", "tags", c);
        c.throwIfViolated();
        return new Input(path == null ? "/" : path, roleName, trust, description,
                maxSession == null ? DEFAULT_MAX_SESSION_SECONDS : maxSession, boundary, tags);
    }
}
