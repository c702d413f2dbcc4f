package dev.flowsim.simulator.acceptance;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.simulator.delivery.AwsClients;
import dev.flowsim.simulator.delivery.AwsErrorClassifier;
import dev.flowsim.simulator.delivery.ClassifiedFailure;
import dev.flowsim.simulator.delivery.FailureKind;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.flowsim.simulator.acceptance.FlowLogAccountingAcceptanceTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A call that follows an error response must meet the emulator, not a connection being closed. With the SDK's Netty
 * client, an error response now and then closed its connection after the connection had gone back to the pool, and
 * the next call (a retry, or the next stream's batch) was written to it and failed as a transport error: 9 of 1,000
 * calls here. That cost a retry and changed how often an injected throttle fired, so a seeded scenario did not repeat
 * exactly. The simulator's clients now run on the JDK's HTTP client ({@code JavaHttpAsyncClient}).
 */
class ErrorResponsesAndConnectionReuseAcceptanceTest {

    private static final int CALLS = 1_000;
    private static final String THROTTLED = FailureKind.THROTTLED + " ThrottlingException";

    @Test
    void everyCallAfterAnErrorResponseReachesTheEmulator() throws Exception {
        try (Emulator emulator = Emulator.create(EmulatorOptions.defaults()
                .withServer(ServerConfig.defaults().withPort(0)))) {
            URI endpoint = emulator.start();
            try (AwsClients clients = new AwsClients(endpoint, Duration.ofSeconds(30))) {
                CloudWatchLogsAsyncClient logs = clients.logs("us-east-2");
                var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
                logs.createLogGroup(b -> b.logGroupName("/reuse").overrideConfiguration(o -> o.credentialsProvider(creds)))
                        .get(10, TimeUnit.SECONDS);
                logs.createLogStream(b -> b.logGroupName("/reuse").logStreamName("s")
                        .overrideConfiguration(o -> o.credentialsProvider(creds))).get(10, TimeUnit.SECONDS);
                assertEquals(201, post(endpoint, "/_flowsim/faults", """
                        {"id": "throttle-puts", "target": {"service": "logs", "operation": "PutLogEvents"},
                         "error": {"code": "ThrottlingException"}}""").statusCode());

                // Each call starts from the previous one's completion, as the delivery's retries and batches do.
                Map<String, Integer> outcomes = new TreeMap<>();
                CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
                for (int i = 0; i < CALLS; i++) {
                    chain = chain.thenCompose(ignored -> logs.putLogEvents(b -> b.logGroupName("/reuse")
                                    .logStreamName("s")
                                    .logEvents(InputLogEvent.builder().timestamp(1L).message("m").build())
                                    .overrideConfiguration(o -> o.credentialsProvider(creds)))
                            .handle((ok, error) -> {
                                ClassifiedFailure failure = error == null ? null
                                        : AwsErrorClassifier.classify("PutLogEvents", error);
                                String outcome = failure == null ? "SUCCEEDED"
                                        : failure.kind() + " " + failure.call().errorCode();
                                outcomes.merge(outcome, 1, Integer::sum);
                                return null;
                            }));
                }
                chain.get(2, TimeUnit.MINUTES);
                assertEquals(Map.of(THROTTLED, CALLS), outcomes);
            }
        }
    }
}
