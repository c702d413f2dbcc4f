package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.identity.Caller;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.protocol.Ec2Protocol;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.Call;
import org.junit.jupiter.api.function.Executable;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Builds EC2 calls the way the pipeline would, and reads the XML the handlers produce. */
final class Ec2TestSupport {

    static final String ACCOUNT = BuiltInTopology.DEFAULT_ACCOUNT;
    static final String REGION = "us-east-1";
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00.123456Z");
    static final String ROLE_NAME = "flow-logs-role";
    static final String ROLE_ARN = "arn:aws:iam::" + ACCOUNT + ":role/" + ROLE_NAME;
    static final String GROUP = "vpc-flow-logs";

    private Ec2TestSupport() {
    }

    /** The one place a test Call is made: root of the default account, simulated time {@link #NOW}. */
    static Call call(String operation, String... keysAndValues) {
        return callAs(ACCOUNT, REGION, NOW, operation, keysAndValues);
    }

    static Call callAs(String account, String region, Instant now, String operation, String... keysAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Action", operation);
        params.put("Version", "2016-11-15");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return callWith(account, region, now, operation, new QueryParams(params));
    }

    static Call callWith(String account, String region, Instant now, String operation, QueryParams params) {
        Caller caller = new Caller(Principal.root(account), "test", null, null);
        return new Call("req-1", "ec2", operation, region, caller, now, null, params, "127.0.0.1");
    }

    /** An IAM state holding the delivery role {@link #ROLE_ARN} (its policies do not matter to EC2 here). */
    static IamState iamWithRole() {
        IamState iam = new IamState();
        iam.addRole(new Role(ACCOUNT, ROLE_NAME, "/", "AROAFLOWSIMTESTROLE1", ROLE_ARN, NOW, null, 3600,
                null, Map.of()));
        return iam;
    }

    static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** The handler's result as the EC2 protocol sends it: under {@code <OpResponse xmlns=...>} after requestId. */
    static Xml render(String operation, XmlElement result) {
        XmlElement root = XmlElement.of(operation + "Response");
        root.add("requestId", "req-1");
        result.children().forEach(root::add);
        return new Xml(root.toDocument(Ec2Protocol.NAMESPACE));
    }

    /** Asserts the call fails with that EC2 error code, message and HTTP status. */
    static void assertEc2Error(String code, String message, int status, Executable call) {
        AwsException e = assertThrows(AwsException.class, call);
        assertEquals(code, e.code(), () -> "error code; message was: " + e.getMessage());
        assertEquals(message, e.getMessage());
        assertEquals(status, e.httpStatus());
    }

    static void assertEc2Error(String code, String message, Executable call) {
        assertEc2Error(code, message, 400, call);
    }

    /** A rendered document, queried with XPath (namespace-unaware, so plain element names work). */
    static final class Xml {
        final String text;
        private final Document doc;

        Xml(String text) {
            this.text = text;
            try {
                this.doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new AssertionError("not well-formed XML: " + text, e);
            }
        }

        String text(String xpath) {
            try {
                return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.STRING);
            } catch (XPathExpressionException e) {
                throw new AssertionError(e);
            }
        }

        int count(String xpath) {
            return texts(xpath).size();
        }

        List<String> texts(String xpath) {
            try {
                NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                        .evaluate(xpath, doc, XPathConstants.NODESET);
                List<String> out = new ArrayList<>();
                for (int i = 0; i < nodes.getLength(); i++) {
                    out.add(nodes.item(i).getTextContent());
                }
                return out;
            } catch (XPathExpressionException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
