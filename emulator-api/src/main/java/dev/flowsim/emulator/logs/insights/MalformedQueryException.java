package dev.flowsim.emulator.logs.insights;

/**
 * A query Logs Insights would not compile, with the character range AWS reports in {@code queryCompileError.location}
 * ({@code startCharOffset}, {@code endCharOffset}). flowsim's messages name the construct; AWS's own texts are
 * ANTLR-style and are not reproduced [U].
 */
public final class MalformedQueryException extends RuntimeException {

    private final int startCharOffset;
    private final int endCharOffset;

    public MalformedQueryException(String message, int startCharOffset, int endCharOffset) {
        super(message, null, false, false);
        this.startCharOffset = startCharOffset;
        this.endCharOffset = endCharOffset;
    }

    static MalformedQueryException at(Token token, String message) {
        return new MalformedQueryException(message + " at position " + token.start(), token.start(), token.end());
    }

    public int startCharOffset() {
        return startCharOffset;
    }

    public int endCharOffset() {
        return endCharOffset;
    }
}
