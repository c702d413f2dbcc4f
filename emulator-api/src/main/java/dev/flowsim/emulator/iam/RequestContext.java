package dev.flowsim.emulator.iam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The condition keys of one request. Key names are case-insensitive (aws:SourceAccount = AWS:sourceaccount), values
 * keep their case. A key may carry several values (multivalued keys such as aws:TagKeys). Immutable.
 */
public final class RequestContext {

    private static final RequestContext EMPTY = new RequestContext(Map.of());

    private final Map<String, Entry> entries;

    private record Entry(String name, List<String> values) {
    }

    private RequestContext(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static RequestContext empty() {
        return EMPTY;
    }

    public static Builder builder() {
        // Room for the ~15 keys the emulator puts in a request without growing the table.
        return new Builder(new LinkedHashMap<>(TYPICAL_CAPACITY));
    }

    private static final int TYPICAL_CAPACITY = 32;

    /** A builder holding this context's keys, to add more. */
    public Builder toBuilder() {
        return new Builder(new LinkedHashMap<>(entries));
    }

    /** The values of {@code key}, empty when the request does not carry it. */
    public List<String> values(String key) {
        Entry entry = entries.get(lowerCaseKey(key));
        return entry == null ? List.of() : entry.values();
    }

    /** {@link #values} for a key already lower-cased by {@link #lowerCaseKey}: no per-call normalization. */
    List<String> valuesOfLowerCaseKey(String lowerCaseKey) {
        Entry entry = entries.get(lowerCaseKey);
        return entry == null ? List.of() : entry.values();
    }

    /** The value of a single-valued key. */
    public Optional<String> value(String key) {
        List<String> values = values(key);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public boolean contains(String key) {
        return !values(key).isEmpty();
    }

    /** Key names as they were put, in insertion order. */
    public List<String> keys() {
        List<String> names = new ArrayList<>();
        entries.values().forEach(e -> names.add(e.name()));
        return Collections.unmodifiableList(names);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        entries.values().forEach(e -> text.append(text.length() > 1 ? ", " : "").append(e.name()).append('=')
                .append(e.values().size() == 1 ? e.values().get(0) : e.values().toString()));
        return text.append('}').toString();
    }

    /**
     * Lower-case forms of the key names seen so far: the same few dozen names (aws:CurrentTime, aws:SourceIp, ...)
     * arrive with every request, and lower-casing each allocated a String. Bounded, since tag keys are user data.
     */
    private static final Map<String, String> LOWER_CASE = new ConcurrentHashMap<>();
    private static final int LOWER_CASE_CACHE_LIMIT = 4_096;

    /**
     * The lower-case form of a key name, the form the context stores keys under. Compiled conditions look their key up
     * once when compiled and get the same String instance the context holds, so a lookup is one hash probe that
     * ends at an identity comparison.
     */
    static String lowerCaseKey(String key) {
        String lower = LOWER_CASE.get(key);
        if (lower == null) {
            String made = key.toLowerCase(Locale.ROOT);
            // Every spelling of a key shares one lower-case instance: the one its lower-case spelling maps to.
            String shared = LOWER_CASE.get(made);
            lower = shared != null ? shared : made;
            if (LOWER_CASE.size() < LOWER_CASE_CACHE_LIMIT) {
                LOWER_CASE.putIfAbsent(made, lower);
                LOWER_CASE.put(key, lower);
            }
        }
        return lower;
    }

    public static final class Builder {
        private Map<String, Entry> entries;
        /** Set once {@link #build} has handed the map to a context: the next change copies it first. */
        private boolean handedOver;

        private Builder(Map<String, Entry> entries) {
            this.entries = entries;
        }

        private Map<String, Entry> writable() {
            if (handedOver) {
                entries = new LinkedHashMap<>(entries);
                handedOver = false;
            }
            return entries;
        }

        /** Sets {@code key} to the given values, replacing earlier values of the key in any spelling. */
        public Builder put(String key, List<String> values) {
            if (values.isEmpty()) {
                writable().remove(lowerCaseKey(key));
            } else {
                writable().put(lowerCaseKey(key), new Entry(key, List.copyOf(values)));
            }
            return this;
        }

        public Builder put(String key, String... values) {
            return put(key, List.of(values));
        }

        /** Sets {@code key} to one value: the usual case, without the varargs array. */
        public Builder put(String key, String value) {
            return putLowerCased(lowerCaseKey(key), key, value);
        }

        /** {@link #put(String, String)} for a key whose {@link #lowerCaseKey} the caller looked up once, up front. */
        Builder putLowerCased(String lowerCaseKey, String key, String value) {
            writable().put(lowerCaseKey, new Entry(key, List.of(value)));
            return this;
        }

        public RequestContext build() {
            if (entries.isEmpty()) {
                return EMPTY;
            }
            // No copy: the builder copies before its next change instead (most builders are built once).
            handedOver = true;
            return new RequestContext(Collections.unmodifiableMap(entries));
        }
    }
}
