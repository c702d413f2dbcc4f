package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.authz.AuthorizationMessages;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/**
 * DecodeAuthorizationMessage: reveals the document behind EC2's "Encoded authorization failure message". The caller
 * needs sts:DecodeAuthorizationMessage (resource {@code *}), because the document shows the policies and context of
 * the denied request.
 */
final class DecodeAuthorizationMessageHandler implements OperationHandler<XmlElement> {

    @Override
    public String name() {
        return "DecodeAuthorizationMessage";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        encodedMessage(call);
        return List.of(new AccessCheck("sts:DecodeAuthorizationMessage", "*"));
    }

    @Override
    public XmlElement handle(Call call) {
        String decoded = AuthorizationMessages.decode(encodedMessage(call))
                // Wording [U]: the model documents the code and status only.
                .orElseThrow(() -> new AwsException("InvalidAuthorizationMessageException",
                        "The encoded authorization message is invalid.", 400));
        return XmlElement.of("DecodeAuthorizationMessageResult").add("DecodedMessage", decoded);
    }

    private static String encodedMessage(Call call) {
        String message = call.query().get("EncodedMessage");
        new InputConstraints().required("encodedMessage", message)
                .text("encodedMessage", message, 1, 10_240, null)
                .throwIfViolated();
        return message;
    }
}
