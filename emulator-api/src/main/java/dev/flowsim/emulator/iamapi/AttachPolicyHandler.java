package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.ManagedPolicy;
import dev.flowsim.emulator.identity.PolicyAttachments;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/**
 * AttachRolePolicy and AttachUserPolicy: attaches a customer managed policy of the same account (at most ten per
 * role or user). Its default version counts from the next request on.
 */
abstract class AttachPolicyHandler implements OperationHandler<XmlElement> {

    private final PolicyHolder holder;
    private final PolicyLookup policies;

    AttachPolicyHandler(PolicyHolder holder, PolicyLookup policies) {
        this.holder = holder;
        this.policies = policies;
    }

    private record Input(String name, String policyArn) {
    }

    @Override
    public final String name() {
        return holder.action("Attach").substring(4);
    }

    @Override
    public final List<AccessCheck> accessChecks(Call call) {
        Input in = read(call.query());
        return List.of(new AccessCheck(holder.action("Attach"), holder.authorizationArn(call.accountId(), in.name)));
    }

    @Override
    public final XmlElement handle(Call call) {
        Input in = read(call.query());
        String account = call.accountId();
        PolicyLookup.requireValidArn(in.policyArn);
        return holder.iam().atomically(() -> {
            String entityArn = holder.requireArn(account, in.name);
            ManagedPolicy policy = policies.requireAttachable(in.policyArn, account);
            List<String> attached = holder.iam().attachments().policiesOf(entityArn);
            if (!attached.contains(policy.arn()) && attached.size() >= PolicyAttachments.MAX_PER_ENTITY) {
                throw IamErrors.tooManyAttached(holder.quota());
            }
            holder.iam().attachments().attach(entityArn, policy.arn());
            return null;
        });
    }

    private Input read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String name = holder.readName(q, c);
        String arn = IamShapes.policyArn(q, c);
        c.throwIfViolated();
        return new Input(name, arn);
    }
}
