package dev.flowsim.emulator.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowsim.emulator.auth.SigV4Vector.Expectation;
import dev.flowsim.emulator.wire.WireRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the three vector sets copied under {@code src/test/resources/sigv4/} (see the README there):
 * AWS's suite as botocore ships it, the CRT signer's suite (header and query forms), and the botocore-generated
 * requests for the emulated services.
 */
final class SigV4VectorSets {

    static final String AWS4_TESTSUITE = "aws4_testsuite";
    static final String CRT_SUITE = "aws-signing-test-suite-v4";
    static final String GENERATED_BOTOCORE = "generated-botocore";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final Instant SUITE_TIME = Instant.parse("2015-08-30T12:36:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SigV4VectorSets() {
    }

    /** Set 1: the request is the {@code .sreq} with the Authorization from {@code .authz}, which botocore trusts. */
    static List<SigV4Vector> awsTestSuite() {
        List<SigV4Vector> vectors = new ArrayList<>();
        for (Path dir : caseDirectories(AWS4_TESTSUITE, ".req")) {
            String name = dir.getFileName().toString();
            WireRequest signed = RawHttpRequestReader.read(read(dir.resolve(name + ".sreq")));
            WireRequest request = RawHttpRequestReader.withHeader(signed, "Authorization",
                    read(dir.resolve(name + ".authz")).trim());
            vectors.add(new SigV4Vector(AWS4_TESTSUITE, root(AWS4_TESTSUITE).relativize(dir).toString(), request,
                    SECRET, read(dir.resolve(name + ".creq")), read(dir.resolve(name + ".sts")), Expectation.ACCEPT,
                    "us-east-1", "service", request.header("X-Amz-Security-Token")));
        }
        return vectors;
    }

    /** Set 2: every case twice, header-signed and presigned, judged by non-S3 rules. */
    static List<SigV4Vector> crtSuite() {
        List<SigV4Vector> vectors = new ArrayList<>();
        for (Path dir : caseDirectories(CRT_SUITE, "request.txt")) {
            JsonNode context = context(dir);
            for (String form : List.of("header", "query")) {
                vectors.add(crtVector(dir, context, form));
            }
        }
        return vectors;
    }

    private static SigV4Vector crtVector(Path dir, JsonNode context, String form) {
        String name = dir.getFileName().toString();
        WireRequest request = RawHttpRequestReader.read(read(dir.resolve(form + "-signed-request.txt")));
        String creq = read(dir.resolve(form + "-canonical-request.txt"));
        String sts = read(dir.resolve(form + "-string-to-sign.txt"));
        Expectation expectation = Expectation.ACCEPT;
        if (!context.path("normalize").asBoolean(true)) {
            Path twin = dir.resolveSibling(name.replace("-unnormalized", "-normalized"));
            String normalizedCreq = read(twin.resolve(form + "-canonical-request.txt"));
            if (!normalizedCreq.equals(creq)) {
                expectation = Expectation.REJECT_UNNORMALIZED_PATH;
                creq = normalizedCreq;
                sts = read(twin.resolve(form + "-string-to-sign.txt"));
            }
        }
        boolean tokenAddedAfterSigning = context.path("omit_session_token").asBoolean(false);
        if (tokenAddedAfterSigning && form.equals("query")) {
            expectation = Expectation.REJECT_UNSIGNED_QUERY_TOKEN;
            sts = null;
        }
        JsonNode credentials = context.path("credentials");
        String token = credentials.hasNonNull("token") ? credentials.get("token").asText() : null;
        return new SigV4Vector(CRT_SUITE, name + " [" + form + "]", request,
                credentials.get("secret_access_key").asText(), creq, sts, expectation,
                context.get("region").asText(), context.get("service").asText(), token);
    }

    /** Set 3: what botocore 1.29 (the AWS CLI) sends to this emulator's endpoint. */
    static List<SigV4Vector> generatedBotocore() {
        List<SigV4Vector> vectors = new ArrayList<>();
        for (Path dir : caseDirectories(GENERATED_BOTOCORE, ".req")) {
            String name = dir.getFileName().toString();
            JsonNode context = context(dir);
            WireRequest request = RawHttpRequestReader.read(read(dir.resolve(name + ".sreq")));
            JsonNode credentials = context.path("credentials");
            vectors.add(new SigV4Vector(GENERATED_BOTOCORE, name, request,
                    credentials.get("secret_access_key").asText(), read(dir.resolve(name + ".creq")),
                    read(dir.resolve(name + ".sts")), Expectation.ACCEPT, context.get("region").asText(),
                    context.get("service").asText(),
                    credentials.hasNonNull("token") ? credentials.get("token").asText() : null));
        }
        return vectors;
    }

    /** Folders (at any depth) holding a file whose name ends with {@code marker}, sorted for stable reports. */
    private static List<Path> caseDirectories(String set, String marker) {
        try (Stream<Path> files = Files.walk(root(set))) {
            return files.filter(p -> p.getFileName().toString().endsWith(marker))
                    .map(Path::getParent)
                    .distinct()
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path root(String set) {
        URL url = SigV4VectorSets.class.getResource("/sigv4/" + set);
        if (url == null) {
            throw new IllegalStateException("test resource sigv4/" + set + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode context(Path dir) {
        try {
            return JSON.readTree(read(dir.resolve("context.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
