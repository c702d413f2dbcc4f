package dev.flowsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code flowsim explain}: reads the denied decisions of a running emulator ({@code /_flowsim/decisions?denied=true})
 * and prints each for humans: who was denied what, AWS's message, why (hop, policy, statement, condition), the
 * missing context keys and the fix.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain the access denials a running flowsim emulator recorded, newest last.")
public final class ExplainCommand implements Callable<Integer> {

    /** How many decisions to ask the emulator for before filtering: the decision log's own bound. */
    private static final int FETCH_LIMIT = 10_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--endpoint", defaultValue = "http://127.0.0.1:4566",
            description = "The emulator's endpoint (default: ${DEFAULT-VALUE}).")
    URI endpoint;

    @Option(names = "--action", description = "Only denials of this action, e.g. logs:PutLogEvents (any case).")
    String action;

    @Option(names = "--principal", description = "Only denials of callers whose ARN contains this text.")
    String principal;

    @Option(names = "--limit", defaultValue = "20", description = "Print at most this many, newest (default: "
            + "${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1) {
            err.println("--limit must be at least 1");
            return 2;
        }
        JsonNode decisions;
        try {
            decisions = fetch();
        } catch (IOException e) {
            err.println("Cannot read denials from " + endpoint + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        List<JsonNode> chosen = new ArrayList<>();
        decisions.path("decisions").forEach(d -> {
            if (matches(d)) {
                chosen.add(d);
            }
        });
        List<JsonNode> newest = chosen.subList(Math.max(0, chosen.size() - limit), chosen.size());
        if (newest.isEmpty()) {
            out.println("No denials recorded" + (action != null || principal != null ? " that match." : "."));
        }
        newest.forEach(d -> print(out, d));
        out.flush();
        return 0;
    }

    private JsonNode fetch() throws IOException, InterruptedException {
        URI uri = endpoint.resolve("/_flowsim/decisions?denied=true&limit=" + FETCH_LIMIT);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + uri);
        }
        return new ObjectMapper().readTree(response.body());
    }

    private boolean matches(JsonNode decision) {
        boolean actionOk = action == null
                || decision.path("action").asText().toLowerCase(Locale.ROOT).equals(action.toLowerCase(Locale.ROOT));
        boolean principalOk = principal == null || decision.path("principalArn").asText().contains(principal);
        return actionOk && principalOk;
    }

    static void print(PrintWriter out, JsonNode d) {
        String deciding = text(d, "decidingPolicyType");
        out.println("#" + d.path("sequence").asLong() + "  " + text(d, "time") + "  " + text(d, "service") + " "
                + text(d, "operation") + "  " + text(d, "outcome") + (deciding == null ? "" : " (" + deciding + ")"));
        out.println("  caller:   " + text(d, "principalArn"));
        out.println("  request:  " + text(d, "action") + " on " + text(d, "resource"));
        out.println("  AWS said: " + text(d, "message"));
        String explanation = text(d, "explanation");
        String fix = text(d, "fix");
        if (explanation != null && fix != null && explanation.endsWith(" Fix: " + fix)) {
            explanation = explanation.substring(0, explanation.length() - (" Fix: " + fix).length());
        }
        out.println("  why:      " + explanation);
        List<String> matched = strings(d.path("matchedStatements"));
        if (!matched.isEmpty()) {
            out.println("  matched:  " + String.join("; ", matched));
        }
        List<String> missing = strings(d.path("missingContextKeys"));
        if (!missing.isEmpty()) {
            out.println("  missing:  " + String.join(", ", missing) + " (not in the request)");
        }
        if (fix != null) {
            out.println("  fix:      " + fix);
        }
        out.println();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
