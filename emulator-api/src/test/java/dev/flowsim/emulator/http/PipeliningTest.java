package dev.flowsim.emulator.http;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** HTTP/1.1 pipelining: requests sent back to back on one connection are answered in the order they were sent. */
class PipeliningTest {

    private static final Pattern STATUS = Pattern.compile("HTTP/1\\.1 (\\d{3}) ");

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        try (Emulator emulator = Emulator.create(EmulatorOptions.defaults()
                .withServer(ServerConfig.defaults().withPort(0)))) {
            URI endpoint = emulator.start();
            StringBuilder requests = new StringBuilder();
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                // Alternate a slower answer (the Prometheus scrape) with quick 404s and health checks.
                String path = switch (i % 3) {
                    case 0 -> "/_flowsim/metrics";
                    case 1 -> "/_flowsim/no-such-thing-" + i;
                    default -> "/_flowsim/health";
                };
                expected.add(i % 3 == 1 ? 404 : 200);
                requests.append("GET ").append(path).append(" HTTP/1.1\r\nHost: x\r\n\r\n");
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

    private static String readAll(InputStream in) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
