package dev.flowsim.simulator.delivery;

import software.amazon.awssdk.services.sts.StsAsyncClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** An in-memory stand-in for the SDK's STS client interface: issues hour-long sessions by the given clock. */
final class FakeSts implements StsAsyncClient {

    final List<AssumeRoleRequest> requests = new ArrayList<>();
    final Deque<RuntimeException> failures = new ArrayDeque<>();
    private final Clock clock;

    FakeSts(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized CompletableFuture<AssumeRoleResponse> assumeRole(AssumeRoleRequest request) {
        requests.add(request);
        if (!failures.isEmpty()) {
            RuntimeException failure = failures.poll();
            return CompletableFuture.supplyAsync(() -> {
                throw failure;
            });
        }
        int session = requests.size();
        Credentials credentials = Credentials.builder()
                .accessKeyId("ASIASESSION" + session)
                .secretAccessKey("secret" + session)
                .sessionToken("token" + session)
                .expiration(clock.instant().plus(Duration.ofHours(1)))
                .build();
        return CompletableFuture.supplyAsync(() -> AssumeRoleResponse.builder().credentials(credentials).build());
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
