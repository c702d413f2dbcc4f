package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.ManagedPolicy;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** ListAttachedRolePolicies and ListAttachedUserPolicies: name and ARN of each attached policy, by name. */
abstract class ListAttachedPoliciesHandler implements OperationHandler<XmlElement> {

    private final PolicyHolder holder;

    ListAttachedPoliciesHandler(PolicyHolder holder) {
        this.holder = holder;
    }

    private record Input(String name, String pathPrefix, Paging.Request paging) {
    }

    @Override
    public final String name() {
        return holder.action("ListAttached").substring(4);
    }

    @Override
    public final List<AccessCheck> accessChecks(Call call) {
        Input in = read(call.query());
        return List.of(new AccessCheck(holder.action("ListAttached"),
                holder.authorizationArn(call.accountId(), in.name)));
    }

    @Override
    public final XmlElement handle(Call call) {
        Input in = read(call.query());
        String entityArn = holder.requireArn(call.accountId(), in.name);
        List<ManagedPolicy> attached = holder.iam().attachments().policiesOf(entityArn).stream()
                .map(arn -> holder.iam().policyByArn(arn)).flatMap(Optional::stream)
                .filter(p -> p.path().startsWith(in.pathPrefix))
                .sorted(Comparator.comparing(ManagedPolicy::name)).toList();
        Paging.Page<ManagedPolicy> page = Paging.page(attached, ManagedPolicy::name, in.paging);
        XmlElement result = XmlElement.of(name() + "Result");
        XmlElement list = result.child("AttachedPolicies");
        page.items().forEach(p -> list.add(IdentityXml.attached(p)));
        page.addTo(result);
        return result;
    }

    private Input read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String name = holder.readName(q, c);
        String prefix = IamShapes.policyPathPrefix(q, c);
        Paging.Request paging = IamShapes.paging(q, c);
        c.throwIfViolated();
        return new Input(name, prefix, paging);
    }
}
