package dev.flowsim.emulator.acceptance;

import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;

import java.util.function.UnaryOperator;

/**
 * An HTTP client that changes the request after the SDK has signed it, the way a broken proxy or a hand-rolled
 * signer would: the only way to send the SDK's requests with a damaged signature.
 */
final class TamperingHttpClient implements SdkHttpClient {

    private final SdkHttpClient delegate = Apache5HttpClient.create();
    private final UnaryOperator<SdkHttpRequest> tamper;

    TamperingHttpClient(UnaryOperator<SdkHttpRequest> tamper) {
        this.tamper = tamper;
    }

    /** Drops {@code SignedHeaders=...} from the Authorization header: an incomplete signature. */
    static TamperingHttpClient withoutSignedHeaders() {
        return new TamperingHttpClient(r -> r.toBuilder().putHeader("Authorization",
                r.firstMatchingHeader("Authorization").orElseThrow()
                        .replaceAll("SignedHeaders=[^,]*, ?", "")).build());
    }

    /** Adds a header the signature does not cover. */
    static TamperingHttpClient addingUnsignedHeader(String name, String value) {
        return new TamperingHttpClient(r -> r.toBuilder().putHeader(name, value).build());
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return delegate.prepareRequest(HttpExecuteRequest.builder()
                .request(tamper.apply(request.httpRequest()))
                .contentStreamProvider(request.contentStreamProvider().orElse(null))
                .metricCollector(request.metricCollector().orElse(null))
                .build());
    }

    @Override
    public String clientName() {
        return "flowsim-tampering";
    }

    @Override
    public void close() {
        delegate.close();
    }
}
