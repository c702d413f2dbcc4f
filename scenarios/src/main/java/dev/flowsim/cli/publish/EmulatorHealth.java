package dev.flowsim.cli.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** Asks a running emulator's {@code GET /_flowsim/health} whether it is up and what its simulated clock reads. */
public final class EmulatorHealth {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI healthUri;
    private final Duration timeout;
    private final HttpClient http;

    /** What the health endpoint answered. */
    public record Status(String status, Instant simulatedTime, String clock) {
    }

    public EmulatorHealth(URI endpoint, Duration timeout) {
        this.healthUri = Objects.requireNonNull(endpoint, "endpoint").resolve("/_flowsim/health");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /**
     * @return the emulator's answer when it is HTTP 200 with status UP
     * @throws IOException when the emulator cannot be reached or answers anything else, with the reason
     */
    public Status check() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(healthUri).timeout(timeout).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + healthUri, e);
        } catch (IOException e) {
            throw new IOException("cannot reach " + healthUri + ": " + describe(e), e);
        }
        if (response.statusCode() != 200) {
            throw new IOException(healthUri + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            String status = body.path("status").asText("");
            if (!"UP".equals(status)) {
                throw new IOException(healthUri + " reports status '" + status + "'");
            }
            return new Status(status, Instant.parse(body.path("simulatedTime").asText("")),
                    body.path("clock").asText(""));
        } catch (IOException | DateTimeParseException e) {
            throw new IOException(healthUri + " answered something other than flowsim's health document: "
                    + e.getMessage(), e);
        }
    }

    public URI uri() {
        return healthUri;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
