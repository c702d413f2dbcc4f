package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/**
 * DetachRolePolicy and DetachUserPolicy: the policy stops counting from the next request on.
 */
abstract class DetachPolicyHandler implements OperationHandler<XmlElement> {

    private final PolicyHolder holder;

    DetachPolicyHandler(PolicyHolder holder) {
        this.holder = holder;
    }

    private record Input(String name, String policyArn) {
    }

    @Override
    public final String name() {
        return holder.action("Detach").substring(4);
    }

    @Override
    public final List<AccessCheck> accessChecks(Call call) {
        Input in = read(call.query());
        return List.of(new AccessCheck(holder.action("Detach"), holder.authorizationArn(call.accountId(), in.name)));
    }

    @Override
    public final XmlElement handle(Call call) {
        Input in = read(call.query());
        String account = call.accountId();
        PolicyLookup.requireValidArn(in.policyArn);
        return holder.iam().atomically(() -> {
            String entityArn = holder.requireArn(account, in.name);
            if (!holder.iam().attachments().detach(entityArn, in.policyArn)) {
                throw IamErrors.noSuchPolicy(in.policyArn);
            }
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
