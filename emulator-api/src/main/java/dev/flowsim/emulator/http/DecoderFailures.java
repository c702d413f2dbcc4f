package dev.flowsim.emulator.http;

import dev.flowsim.emulator.error.AwsException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

/** What the HTTP decoder's failures mean for the client. */
final class DecoderFailures {

    private DecoderFailures() {
    }

    static AwsException asError(Throwable cause, ServerConfig limits) {
        if (cause instanceof TooLongHttpHeaderException) {
            return FrontDoorErrors.headersTooLarge(limits.maxHeaderBytes());
        }
        if (cause instanceof TooLongHttpLineException) {
            return FrontDoorErrors.uriTooLong(ServerConfig.MAX_INITIAL_LINE_BYTES);
        }
        if (cause instanceof TooLongFrameException) {
            return FrontDoorErrors.headersTooLarge(limits.maxHeaderBytes());
        }
        // Netty's messages name the broken element without echoing the request's bytes back.
        String detail = cause == null || cause.getMessage() == null ? "unreadable request" : cause.getMessage();
        return FrontDoorErrors.malformed(detail.length() > 200 ? detail.substring(0, 200) : detail);
    }
}
