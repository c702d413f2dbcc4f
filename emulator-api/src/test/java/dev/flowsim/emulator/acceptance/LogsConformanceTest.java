package dev.flowsim.emulator.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Data-driven CloudWatch Logs conformance: every file under {@code conformance/logs/} is a sequence of requests, each
 * sent SigV4-signed (by the AWS SDK's signer) to a real emulator, with the status, error code, exact message and
 * response members AWS gives. The cases of one file share one emulator and run in order, so later cases see what
 * earlier ones did (including that a rejected request changed nothing).
 *
 * <p>Case members: {@code name}, {@code op}, {@code body} (JSON) or {@code rawBody} (text sent verbatim);
 * {@code expect}: {@code status} (default 200), {@code code}, {@code message}, {@code fields} (JSON pointer to the
 * expected value; null means absent), {@code sizes} (JSON pointer to the array or object size);
 * {@code capture}: name to JSON pointer, used later as {@code "$name"}. In bodies, {@code "@now"},
 * {@code "@now-3h"}, {@code "@now+1d"} (s, m, h, d) become epoch milliseconds on the fixture's simulated clock.
 */
class LogsConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NOW = Pattern.compile("\"@now(?:([+-])(\\d+)([smhd]))?\"");
    private static final Pattern CAPTURED = Pattern.compile("\"\\$([A-Za-z0-9]+)\"");

    // One emulator per file, started when the file's first case runs.
    private static final List<EmulatorFixture> FIXTURES = new ArrayList<>();

    @AfterAll
    static void stopAll() {
        FIXTURES.forEach(EmulatorFixture::close);
    }

    @TestFactory
    Stream<DynamicContainer> conformance() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/conformance/logs").toURI());
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 5, "conformance files found: " + files);
        return files.stream().map(this::suite);
    }

    private DynamicContainer suite(Path file) {
        JsonNode cases;
        try {
            cases = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        Map<String, String> captured = new HashMap<>();
        SignedJsonClient[] client = new SignedJsonClient[1];
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
                if (client[0] == null) {
                    EmulatorFixture fx = new EmulatorFixture();
                    FIXTURES.add(fx);
                    client[0] = new SignedJsonClient(fx.endpoint, EmulatorFixture.REGION.id(), "test", "test");
                }
                run(client[0], c, captured);
            }));
        }
        return DynamicContainer.dynamicContainer(file.getFileName().toString(), tests);
    }

    private static void run(SignedJsonClient client, JsonNode c, Map<String, String> captured) throws Exception {
        String body = c.has("rawBody") ? c.get("rawBody").asText() : substitute(c.get("body").toString(), captured);
        SignedJsonClient.Response response = client.call(c.get("op").asText(), body);
        JsonNode expect = c.path("expect");
        String context = c.get("name").asText() + ": " + response.body();
        assertEquals(expect.path("status").asInt(200), response.status(), "status of " + context);
        JsonNode out = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        if (expect.has("code")) {
            assertEquals(expect.get("code").asText(), out.path("__type").asText(), "code of " + context);
        } else {
            assertTrue(out.path("__type").isMissingNode(), "unexpected error in " + context);
        }
        if (expect.has("message")) {
            assertEquals(expect.get("message").asText(), out.path("message").asText(), "message of " + context);
        }
        expect.path("fields").properties().forEach(e -> {
            JsonNode actual = out.at(e.getKey());
            if (e.getValue().isNull()) {
                assertTrue(actual.isMissingNode(), e.getKey() + " must be absent in " + context);
            } else {
                assertEquals(e.getValue(), actual, e.getKey() + " of " + context);
            }
        });
        expect.path("sizes").properties().forEach(e ->
                assertEquals(e.getValue().asInt(), out.at(e.getKey()).size(), "size of " + e.getKey() + " in " + context));
        c.path("capture").properties().forEach(e -> captured.put(e.getKey(), out.at(e.getValue().asText()).asText()));
    }

    private static String substitute(String body, Map<String, String> captured) {
        long now = EmulatorFixture.START.toEpochMilli();
        Matcher m = NOW.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long offset = 0;
            if (m.group(1) != null) {
                long unit = switch (m.group(3)) {
                    case "s" -> 1_000L;
                    case "m" -> 60_000L;
                    case "h" -> 3_600_000L;
                    default -> 86_400_000L;
                };
                offset = Long.parseLong(m.group(2)) * unit * (m.group(1).equals("-") ? -1 : 1);
            }
            m.appendReplacement(out, Long.toString(now + offset));
        }
        m.appendTail(out);
        Matcher c = CAPTURED.matcher(out.toString());
        StringBuilder replaced = new StringBuilder();
        while (c.find()) {
            String value = captured.get(c.group(1));
            c.appendReplacement(replaced, Matcher.quoteReplacement(value == null ? c.group() : JSON.valueToTree(value)
                    .toString()));
        }
        c.appendTail(replaced);
        return replaced.toString();
    }
}
