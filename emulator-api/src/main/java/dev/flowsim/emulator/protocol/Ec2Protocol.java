package dev.flowsim.emulator.protocol;

import dev.flowsim.emulator.auth.ProtocolFamily;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The EC2 dialect of Query: results sit directly under {@code <OpResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">}
 * next to a lower-case {@code <requestId>}; errors use {@code <Response><Errors><Error>} with a capitalised
 * {@code <RequestID>} and no namespace.
 */
public final class Ec2Protocol implements WireProtocol {

    public static final String NAMESPACE = "http://ec2.amazonaws.com/doc/2016-11-15/";
    private static final String CONTENT_TYPE = "text/xml;charset=UTF-8";

    @Override
    public ProtocolFamily family() {
        return ProtocolFamily.EC2;
    }

    @Override
    public String operationName(WireRequest request) {
        return FormDecoder.action(request, "The request must contain the parameter Action");
    }

    @Override
    public Object decodeInput(WireRequest request) {
        return FormDecoder.decode(request);
    }

    @Override
    public WireResponse success(String operation, Object result, String requestId) {
        XmlElement root = XmlElement.of(operation + "Response");
        root.add("requestId", requestId);
        if (result != null) {
            ((XmlElement) result).children().forEach(root::add);
        }
        return xml(200, root.toDocument(NAMESPACE), requestId);
    }

    @Override
    public WireResponse error(AwsException error, String requestId) {
        XmlElement root = XmlElement.of("Response");
        XmlElement e = root.child("Errors").child("Error");
        e.add("Code", error.code());
        e.add("Message", error.getMessage());
        root.add("RequestID", requestId);
        return xml(error.httpStatus(), root.toDocument(null), requestId);
    }

    private static WireResponse xml(int status, String doc, String requestId) {
        return WireResponse.of(status, CONTENT_TYPE, doc.getBytes(StandardCharsets.UTF_8),
                Map.of("x-amzn-RequestId", requestId, "Server", "AmazonEC2"));
    }
}
