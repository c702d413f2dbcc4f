package dev.flowsim.emulator.auth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The parameters of a raw query string, each kept as sent and decoded on demand. */
final class QueryParameters {

    /** One {@code name=value} pair as it appeared; a pair without '=' has an empty value. */
    record RawPair(String rawName, String rawValue) {

        String name() {
            return UriEncoding.decodeToString(rawName);
        }

        String value() {
            return UriEncoding.decodeToString(rawValue);
        }

        /** Decoded then re-encoded with the SigV4 unreserved set, so equivalent spellings sign alike. */
        String canonicalName() {
            return UriEncoding.encode(UriEncoding.decode(rawName));
        }

        String canonicalValue() {
            return UriEncoding.encode(UriEncoding.decode(rawValue));
        }
    }

    private final List<RawPair> pairs;

    private QueryParameters(List<RawPair> pairs) {
        this.pairs = pairs;
    }

    static QueryParameters parse(String rawQuery) {
        List<RawPair> pairs = new ArrayList<>();
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            pairs.add(eq < 0 ? new RawPair(part, "") : new RawPair(part.substring(0, eq), part.substring(eq + 1)));
        }
        return new QueryParameters(pairs);
    }

    /** The decoded value of the first parameter with that (decoded, case-sensitive) name, or null. */
    String first(String name) {
        for (RawPair pair : pairs) {
            if (pair.name().equals(name)) {
                return pair.value();
            }
        }
        return null;
    }

    boolean contains(String name) {
        return first(name) != null;
    }

    /**
     * The canonical query string: every pair re-encoded, sorted by name then value (byte order, which for the
     * ASCII-only encoded text is String order), joined with '&'; {@code excluded} (decoded name) is left out.
     */
    String canonical(String excluded) {
        List<String[]> encoded = new ArrayList<>(pairs.size());
        for (RawPair pair : pairs) {
            if (excluded != null && pair.name().equals(excluded)) {
                continue;
            }
            encoded.add(new String[] {pair.canonicalName(), pair.canonicalValue()});
        }
        encoded.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        StringBuilder out = new StringBuilder();
        for (String[] pair : encoded) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(pair[0]).append('=').append(pair[1]);
        }
        return out.toString();
    }
}
