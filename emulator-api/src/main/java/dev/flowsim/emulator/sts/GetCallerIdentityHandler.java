package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** GetCallerIdentity: who the credentials belong to. Needs no permission; even an explicit deny cannot block it. */
final class GetCallerIdentityHandler implements OperationHandler<XmlElement> {

    @Override
    public String name() {
        return "GetCallerIdentity";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of();
    }

    @Override
    public XmlElement handle(Call call) {
        Principal principal = call.caller().principal();
        return XmlElement.of("GetCallerIdentityResult")
                .add("Arn", principal.arn())
                .add("UserId", principal.userId())
                .add("Account", principal.accountId());
    }
}
