package dev.flowsim.emulator.protocol;

import dev.flowsim.emulator.auth.ProtocolFamily;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The AWS Query protocol as IAM and STS speak it: form-encoded {@code Action=...&Version=...}, responses
 * {@code <OpResponse xmlns=NS><OpResult>...</OpResult><ResponseMetadata><RequestId>} and errors in an
 * {@code <ErrorResponse>} envelope with {@code <Type>Sender|Receiver</Type>}.
 */
public final class QueryProtocol implements WireProtocol {

    private static final String CONTENT_TYPE = "text/xml";

    private final String namespace;

    /** @param namespace e.g. {@code https://iam.amazonaws.com/doc/2010-05-08/} */
    public QueryProtocol(String namespace) {
        this.namespace = namespace;
    }

    @Override
    public ProtocolFamily family() {
        return ProtocolFamily.QUERY;
    }

    @Override
    public String operationName(WireRequest request) {
        return FormDecoder.action(request, "Missing Action");
    }

    @Override
    public Object decodeInput(WireRequest request) {
        return FormDecoder.decode(request);
    }

    @Override
    public WireResponse success(String operation, Object result, String requestId) {
        XmlElement root = XmlElement.of(operation + "Response");
        if (result != null) {
            XmlElement body = (XmlElement) result;
            XmlElement wrapper = root.child(operation + "Result");
            body.children().forEach(wrapper::add);
        }
        root.child("ResponseMetadata").add("RequestId", requestId);
        return xml(200, root.toDocument(namespace), requestId);
    }

    @Override
    public WireResponse error(AwsException error, String requestId) {
        XmlElement root = XmlElement.of("ErrorResponse");
        XmlElement e = root.child("Error");
        e.add("Type", error.senderFault() ? "Sender" : "Receiver");
        e.add("Code", error.code());
        e.add("Message", error.getMessage());
        root.add("RequestId", requestId);
        return xml(error.httpStatus(), root.toDocument(namespace), requestId);
    }

    private static WireResponse xml(int status, String doc, String requestId) {
        return WireResponse.of(status, CONTENT_TYPE, doc.getBytes(StandardCharsets.UTF_8),
                Map.of("x-amzn-RequestId", requestId));
    }
}
