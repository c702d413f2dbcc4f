package dev.flowsim.emulator.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowsim.emulator.identity.Credential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** EC2's encoded denial, decoded by STS for a caller allowed sts:DecodeAuthorizationMessage, refused to others. */
class DecodeAuthorizationMessageAcceptanceTest {

    static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
    static final Pattern ENCODED = Pattern.compile("Encoded authorization failure message: (\\S+)");

    static EmulatorFixture fx;
    static StaticCredentialsProvider session;

    @BeforeAll
    static void start() throws InterruptedException {
        fx = new EmulatorFixture();
        try (IamClient iam = fx.iam()) {
            iam.createRole(b -> b.roleName("NoPermissions").assumeRolePolicyDocument(TRUST));
        }
        Credential key = fx.emulator.flowLogsServiceKey();
        try (StsClient sts = fx.sts(EmulatorFixture.creds(key.accessKeyId(), key.secretAccessKey()))) {
            Credentials c = sts.assumeRole(b -> b.roleArn("arn:aws:iam::000000000000:role/NoPermissions")
                    .roleSessionName("reader")).credentials();
            session = EmulatorFixture.creds(AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(),
                    c.sessionToken()));
        }
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    static String encodedDenial() {
        try (Ec2Client ec2 = fx.ec2(session)) {
            AwsServiceException e = assertThrows(AwsServiceException.class, ec2::describeVpcs);
            assertEquals("UnauthorizedOperation", e.awsErrorDetails().errorCode());
            Matcher m = ENCODED.matcher(e.awsErrorDetails().errorMessage());
            assertTrue(m.find(), e.awsErrorDetails().errorMessage());
            return m.group(1);
        }
    }

    @Test
    void theAccountOwnerDecodesTheDenialIntoAwsShapedJson() throws Exception {
        String encoded = encodedDenial();
        try (StsClient sts = fx.sts(EmulatorFixture.creds("test", "test"))) {
            String decoded = sts.decodeAuthorizationMessage(b -> b.encodedMessage(encoded)).decodedMessage();
            JsonNode doc = new ObjectMapper().readTree(decoded);
            assertFalse(doc.get("allowed").asBoolean());
            assertFalse(doc.get("explicitDeny").asBoolean());
            assertTrue(doc.get("matchedStatements").get("items").isArray());
            assertTrue(doc.get("failures").get("items").isArray());
            JsonNode context = doc.get("context");
            assertEquals("arn:aws:sts::000000000000:assumed-role/NoPermissions/reader",
                    context.get("principal").get("arn").asText());
            assertEquals("ec2:DescribeVpcs", context.get("action").asText());
            assertEquals("*", context.get("resource").asText());
            boolean regionKey = false;
            for (JsonNode item : context.get("conditions").get("items")) {
                regionKey |= item.get("key").asText().equals("aws:RequestedRegion")
                        && item.get("values").get("items").get(0).get("value").asText().equals("us-east-2");
            }
            assertTrue(regionKey, decoded);
            assertTrue(doc.get("flowsimExplanation").asText().contains("ec2:DescribeVpcs"), decoded);
        }
    }

    @Test
    void aCallerWithoutTheActionIsDenied() {
        String encoded = encodedDenial();
        try (StsClient sts = fx.sts(session)) {
            AwsServiceException e = assertThrows(AwsServiceException.class,
                    () -> sts.decodeAuthorizationMessage(b -> b.encodedMessage(encoded)));
            assertEquals("AccessDenied", e.awsErrorDetails().errorCode());
            assertTrue(e.awsErrorDetails().errorMessage().contains("sts:DecodeAuthorizationMessage"));
        }
    }

    @Test
    void aMessageFlowsimDidNotMakeIsInvalidAuthorizationMessageException() {
        try (StsClient sts = fx.sts(EmulatorFixture.creds("test", "test"))) {
            AwsServiceException e = assertThrows(AwsServiceException.class,
                    () -> sts.decodeAuthorizationMessage(b -> b.encodedMessage("not-a-message!")));
            assertEquals("InvalidAuthorizationMessageException", e.awsErrorDetails().errorCode());
            assertEquals(400, e.statusCode());
        }
    }
}
