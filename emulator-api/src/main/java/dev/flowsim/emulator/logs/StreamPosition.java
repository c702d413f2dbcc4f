package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.EventId;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GetLogEvents token: a place between two events of a stream, seen from one direction. {@code f/<id>/s} is the
 * place right after event {@code id}, read forwards; {@code b/<id>/s} the place right before it, read backwards.
 * Because ids are integers, "after id" equals "before id + 1", so every place can be written in either direction,
 * and an empty stream's place is {@code f/000...0/s} / {@code b/000...0/s}, as AWS prints it.
 *
 * @param before the id the place lies immediately before: everything {@code < before} is behind it
 */
record StreamPosition(EventId before) {

    // Older AWS tokens lack the "/s" suffix; both forms are accepted.
    private static final Pattern TOKEN = Pattern.compile("([fb])/([0-9]{1,64})(/s)?");

    static final StreamPosition START = new StreamPosition(EventId.ZERO);

    static StreamPosition after(EventId id) {
        return new StreamPosition(id.next());
    }

    static StreamPosition before(EventId id) {
        return new StreamPosition(id);
    }

    /** The place a token names and whether it reads forwards; empty when the token is malformed. */
    static Optional<Parsed> parse(String token) {
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean forward = m.group(1).equals("f");
        return EventId.parseDecimal(m.group(2))
                .filter(id -> !forward || !id.equals(maxId()))
                .map(id -> new Parsed(forward ? after(id) : before(id), forward));
    }

    record Parsed(StreamPosition position, boolean forward) {
    }

    /**
     * Names the id right behind this place. {@link #START} prints as {@code f/000...0/s} too: it means "after 0",
     * which is the same place because no event has id 0 (batch serials start at 1).
     */
    String forwardToken() {
        return "f/" + before.previous().toDecimal() + "/s";
    }

    String backwardToken() {
        return "b/" + before.toDecimal() + "/s";
    }

    private static EventId maxId() {
        return new EventId(Long.MAX_VALUE, -1L, -1L, 0xFFFF);
    }
}
