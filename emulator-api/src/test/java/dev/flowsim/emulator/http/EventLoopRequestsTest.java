package dev.flowsim.emulator.http;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.wire.WireRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which requests run on the event loop, and that answers keep their order when both paths mix on a connection. */
class EventLoopRequestsTest {

    private static final String PUT_LOG_EVENTS = "Logs_20140328.PutLogEvents";
    private static final Pattern STATUS = Pattern.compile("HTTP/1\\.1 (\\d{3}) ");

    private final EventLoopRequests picker = EventLoopRequests.smallLogBatches();

    @Test
    void smallPutLogEventsRunsOnTheEventLoop() {
        assertTrue(picker.test(request("POST", "/", PUT_LOG_EVENTS, 200)));
    }

    @Test
    void largeBatchesOtherOperationsAndOtherPathsGoToTheWorkers() {
        assertFalse(picker.test(request("POST", "/", PUT_LOG_EVENTS, EventLoopRequests.DEFAULT_MAX_BODY_BYTES + 1)));
        assertFalse(picker.test(request("POST", "/", "Logs_20140328.FilterLogEvents", 200)));
        assertFalse(picker.test(request("POST", "/", null, 200)));
        assertFalse(picker.test(request("GET", "/", PUT_LOG_EVENTS, 0)));
        assertFalse(picker.test(request("POST", "/_flowsim/faults", PUT_LOG_EVENTS, 200)));
    }

    @Test
    void answersStayInOrderWhenEventLoopAndWorkerRequestsArePipelined() throws Exception {
        try (Emulator emulator = Emulator.create(EmulatorOptions.defaults()
                .withServer(ServerConfig.defaults().withPort(0)))) {
            URI endpoint = emulator.start();
            String body = "{\"logGroupName\":\"g\",\"logStreamName\":\"s\",\"logEvents\":[]}";
            StringBuilder requests = new StringBuilder();
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                if (i % 2 == 0) {
                    // Unsigned, so refused on the event loop with a 400 (missing authentication token).
                    requests.append("POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: ").append(PUT_LOG_EVENTS)
                            .append("\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: ")
                            .append(body.length()).append("\r\n\r\n").append(body);
                    expected.add(400);
                } else {
                    // The Prometheus scrape runs on a worker and takes longer.
                    requests.append("GET /_flowsim/metrics HTTP/1.1\r\nHost: x\r\n\r\n");
                    expected.add(200);
                }
            }
            requests.append("GET /_flowsim/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            expected.add(200);
            try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(requests.toString().getBytes(StandardCharsets.US_ASCII));
                out.flush();
                List<Integer> statuses = new ArrayList<>();
                Matcher m = STATUS.matcher(readAll(socket.getInputStream()));
                while (m.find()) {
                    statuses.add(Integer.parseInt(m.group(1)));
                }
                assertEquals(expected, statuses);
            }
        }
    }

    private static WireRequest request(String method, String path, String target, int bodyBytes) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(new AbstractMap.SimpleImmutableEntry<>("Host", "x"));
        if (target != null) {
            headers.add(new AbstractMap.SimpleImmutableEntry<>("X-Amz-Target", target));
        }
        return new WireRequest(method, path, "", headers, new byte[bodyBytes], "127.0.0.1");
    }

    private static String readAll(InputStream in) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
