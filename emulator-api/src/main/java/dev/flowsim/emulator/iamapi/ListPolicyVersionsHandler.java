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

/** ListPolicyVersions: a policy's versions, newest first, without their documents. */
final class ListPolicyVersionsHandler implements OperationHandler<XmlElement> {

    private final PolicyLookup policies;

    ListPolicyVersionsHandler(PolicyLookup policies) {
        this.policies = policies;
    }

    private record Input(String policyArn, Paging.Request paging) {
    }

    @Override
    public String name() {
        return "ListPolicyVersions";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("iam:ListPolicyVersions", read(call.query()).policyArn));
    }

    @Override
    public XmlElement handle(Call call) {
        Input in = read(call.query());
        ManagedPolicy policy = policies.require(in.policyArn);
        // Newest first, as IAM lists them; the paging key keeps that order (zero-padded descending number).
        List<ManagedPolicy.Version> versions = policy.versions().stream()
                .sorted(Comparator.comparing(ListPolicyVersionsHandler::pagingKey)).toList();
        Paging.Page<ManagedPolicy.Version> page = Paging.page(versions, ListPolicyVersionsHandler::pagingKey,
                in.paging);
        XmlElement result = XmlElement.of("ListPolicyVersionsResult");
        XmlElement list = result.child("Versions");
        page.items().forEach(v -> list.add(IdentityXml.version("member", policy, v, false)));
        page.addTo(result);
        return result;
    }

    private static String pagingKey(ManagedPolicy.Version version) {
        long number = Long.parseLong(version.versionId().substring(1));
        return String.format("%019d", Long.MAX_VALUE - number);
    }

    private static Input read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String arn = IamShapes.policyArn(q, c);
        Paging.Request paging = IamShapes.paging(q, c);
        c.throwIfViolated();
        return new Input(arn, paging);
    }
}
