package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.ManagedPolicy;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/**
 * ListPolicies: the account's customer managed policies by name, filtered by Scope, OnlyAttached, PathPrefix and
 * PolicyUsageFilter. flowsim holds no AWS managed policies, so Scope=AWS lists nothing; no policy is used as a
 * permissions boundary, so PolicyUsageFilter=PermissionsBoundary lists nothing either.
 */
final class ListPoliciesHandler implements OperationHandler<XmlElement> {

    private final IamState iam;

    ListPoliciesHandler(IamState iam) {
        this.iam = iam;
    }

    private record Input(String scope, boolean onlyAttached, String pathPrefix, String usage,
                         Paging.Request paging) {
    }

    @Override
    public String name() {
        return "ListPolicies";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        read(call.query());
        return List.of(new AccessCheck("iam:ListPolicies", "*"));
    }

    @Override
    public XmlElement handle(Call call) {
        Input in = read(call.query());
        boolean none = "AWS".equals(in.scope) || "PermissionsBoundary".equals(in.usage);
        List<ManagedPolicy> matching = none ? List.of() : iam.policies(call.accountId()).stream()
                .filter(p -> p.path().startsWith(in.pathPrefix))
                .filter(p -> !in.onlyAttached || iam.attachments().attachmentCount(p.arn()) > 0)
                .toList();
        Paging.Page<ManagedPolicy> page = Paging.page(matching, ManagedPolicy::name, in.paging);
        XmlElement result = XmlElement.of("ListPoliciesResult");
        XmlElement list = result.child("Policies");
        page.items().forEach(p -> list.add(IdentityXml.policy("member", p,
                iam.attachments().attachmentCount(p.arn()), List.of())));
        page.addTo(result);
        return result;
    }

    private static Input read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String scope = q.get("Scope");
        c.enumeration("scope", scope, List.of("All", "AWS", "Local"));
        String usage = q.get("PolicyUsageFilter");
        c.enumeration("policyUsageFilter", usage, List.of("PermissionsPolicy", "PermissionsBoundary"));
        String prefix = IamShapes.policyPathPrefix(q, c);
        Paging.Request paging = IamShapes.paging(q, c);
        c.throwIfViolated();
        return new Input(scope == null ? "All" : scope, "true".equalsIgnoreCase(q.get("OnlyAttached")), prefix,
                usage, paging);
    }
}
