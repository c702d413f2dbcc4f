package dev.flowsim.emulator.http;

import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Turns a refusal the HTTP layer makes on its own (body or headers too large, malformed HTTP, too slow, too many
 * connections) into a response in the protocol of the service the request was meant for, as far as what was read
 * of it tells. The emulator passes {@link RequestPipeline#renderRejection}; {@link #plain()} is the fallback.
 *
 * <p>The codes are flowsim's choice where AWS's front end is not documented ([U] unverified): 413
 * {@code RequestEntityTooLarge} with "HTTP content length exceeded N bytes." (the text SQS's front end is observed to
 * send with its 413), 431 {@code RequestHeaderFieldsTooLarge}, 414 {@code RequestURITooLong}, 400
 * {@code MalformedHttpRequest}, 408 {@code RequestTimeout}, 503 {@code ServiceUnavailable}.
 */
@FunctionalInterface
public interface FrontDoorErrors {

    /**
     * @param partial what was read of the request: method, path, the headers when they were decoded; never a body
     * @param error   the refusal
     */
    WireResponse render(WireRequest partial, AwsException error);

    /** A protocol-neutral answer: status and a one-line text body. */
    static FrontDoorErrors plain() {
        return (partial, error) -> WireResponse.of(error.httpStatus(), "text/plain",
                (error.code() + ": " + error.getMessage() + "\n").getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static AwsException bodyTooLarge(int maxBodyBytes) {
        return new AwsException("RequestEntityTooLarge", "HTTP content length exceeded " + maxBodyBytes + " bytes.",
                413);
    }

    static AwsException headersTooLarge(int maxHeaderBytes) {
        return new AwsException("RequestHeaderFieldsTooLarge",
                "The request's headers exceed " + maxHeaderBytes + " bytes.", 431);
    }

    static AwsException uriTooLong(int maxInitialLineBytes) {
        return new AwsException("RequestURITooLong",
                "The request line exceeds " + maxInitialLineBytes + " bytes.", 414);
    }

    static AwsException malformed(String detail) {
        return new AwsException("MalformedHttpRequest", "The HTTP request is malformed: " + detail, 400);
    }

    static AwsException tooSlow(long seconds) {
        return new AwsException("RequestTimeout", "The request was not received completely within " + seconds
                + " seconds; the connection is closed.", 408);
    }

    static AwsException tooManyConnections(int maxConnections) {
        return new AwsException("ServiceUnavailable", "The emulator already serves " + maxConnections
                + " connections; retry later.", 503, false, Map.of());
    }
}
