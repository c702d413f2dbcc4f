package dev.flowsim.emulator.ec2;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * EC2-style paging of Describe results: {@code MaxResults} between 5 and 1000, and an opaque {@code NextToken} that
 * remembers where the next page starts (by position, so deleting an item between pages skips nothing).
 */
final class Pages {

    static final int MIN_RESULTS = 5;
    static final int MAX_RESULTS = 1000;
    private static final String TOKEN_PREFIX = "flowsim-page:";

    /** One page and the token for the next, null on the last page. */
    record Page<T>(List<T> items, String nextToken) {
    }

    private Pages() {
    }

    /** The requested page size; the maximum when MaxResults is absent. */
    static int pageSize(Ec2Input input) {
        String raw = input.optional("MaxResults");
        Integer requested = input.optionalInt("MaxResults");
        if (requested == null) {
            return MAX_RESULTS;
        }
        if (requested < MIN_RESULTS) {
            throw Ec2Errors.maxResultsTooSmall(raw);
        }
        if (requested > MAX_RESULTS) {
            throw Ec2Errors.maxResultsTooLarge(raw, MAX_RESULTS);
        }
        return requested;
    }

    /**
     * @param ordered  all matching items, ordered by {@code position}
     * @param position a stable, increasing position of each item
     */
    static <T> Page<T> page(List<T> ordered, ToLongFunction<T> position, int pageSize, String nextToken) {
        int start = 0;
        if (nextToken != null) {
            long from = decode(nextToken);
            while (start < ordered.size() && position.applyAsLong(ordered.get(start)) < from) {
                start++;
            }
        }
        int end = Math.min(ordered.size(), start + pageSize);
        String token = end < ordered.size() ? encode(position.applyAsLong(ordered.get(end))) : null;
        return new Page<>(List.copyOf(ordered.subList(start, end)), token);
    }

    private static String encode(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(TOKEN_PREFIX)) {
                return Long.parseLong(text.substring(TOKEN_PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // Not base64 or not a number: the same answer as any other foreign token.
        }
        throw Ec2Errors.invalidNextToken(token);
    }
}
