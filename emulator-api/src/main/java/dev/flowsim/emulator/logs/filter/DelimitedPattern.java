package dev.flowsim.emulator.logs.filter;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A space-delimited pattern such as {@code [version, account, eni, source, destination, srcport, destport = 22,
 * ..., action = REJECT, status]}: one name per event field, {@code ...} for any number of fields (anywhere, any
 * number of times), and per-slot conditions joined by {@code &&} / {@code ||} that may name other fields. Without
 * an ellipsis the event must have exactly as many fields as the pattern.
 */
final class DelimitedPattern implements PatternMatcher {

    /** One slot: a field name with the slot's condition (true when none), or an ellipsis (null name). */
    private record Slot(String name, Predicate<Map<String, String>> condition) {
        boolean ellipsis() {
            return name == null;
        }
    }

    private final List<Slot> slots;
    private final int regexCount;
    /** ASCII texts a matching message must contain (from {@code =} string conditions that no {@code ||} weakens). */
    private final List<byte[]> required;
    /** Without an ellipsis: each name's slot (the last one when a name repeats, as binding leaves it); else null. */
    private final Map<String, Integer> fixedSlots;

    private DelimitedPattern(List<Slot> slots, int regexCount, List<String> required) {
        this.slots = slots;
        this.regexCount = regexCount;
        this.required = required.stream().map(t -> t.getBytes(StandardCharsets.US_ASCII)).toList();
        Map<String, Integer> fixed = new HashMap<>();
        for (int i = 0; i < slots.size() && fixed != null; i++) {
            if (slots.get(i).ellipsis()) {
                fixed = null;
            } else {
                fixed.put(slots.get(i).name(), i);
            }
        }
        this.fixedSlots = fixed;
    }

    static DelimitedPattern parse(String pattern) {
        Cursor in = new Cursor(pattern);
        ConditionParser conditions = new ConditionParser(in);
        in.expect("[", "to open a space-delimited pattern");
        List<Slot> slots = new ArrayList<>();
        List<String> required = new ArrayList<>();
        if (!in.accept("]")) {
            do {
                slots.add(slot(in, conditions, required));
            } while (in.accept(","));
            in.expect("]", "to close the space-delimited pattern");
        }
        in.skipBlanks();
        if (!in.atEnd()) {
            throw InvalidFilterPatternException.invalidCharacter(in.peek());
        }
        return new DelimitedPattern(List.copyOf(slots), conditions.regexCount(), required);
    }

    private static Slot slot(Cursor in, ConditionParser conditions, List<String> required) {
        if (in.accept("...")) {
            return new Slot(null, fields -> true);
        }
        String name = name(in);
        in.skipBlanks();
        if (in.atEnd() || in.peekIs(',') || in.peekIs(']')) {
            return new Slot(name, fields -> true);
        }
        return new Slot(name, or(in, conditions, name, required));
    }

    /** Adds to {@code required} the texts of the slot's condition when it has no alternatives. */
    private static Predicate<Map<String, String>> or(Cursor in, ConditionParser conditions, String firstName,
                                                     List<String> required) {
        List<String> texts = new ArrayList<>();
        Predicate<Map<String, String>> left = and(in, conditions, firstName, texts);
        boolean alternatives = false;
        while (in.accept("||")) {
            alternatives = true;
            left = left.or(and(in, conditions, null, new ArrayList<>()));
        }
        if (!alternatives) {
            required.addAll(texts);
        }
        return left;
    }

    private static Predicate<Map<String, String>> and(Cursor in, ConditionParser conditions, String firstName,
                                                      List<String> texts) {
        Predicate<Map<String, String>> left = comparison(in, conditions, firstName, texts);
        while (in.accept("&&")) {
            left = left.and(comparison(in, conditions, null, texts));
        }
        return left;
    }

    private static Predicate<Map<String, String>> comparison(Cursor in, ConditionParser conditions, String known,
                                                             List<String> texts) {
        String name = known != null ? known : name(in);
        ValueCondition condition = conditions.value(conditions.operator());
        String text = condition.requiredText();
        if (text != null) {
            texts.add(text);
        }
        return fields -> condition.test(fields.get(name));
    }

    /**
     * False when the message (UTF-8 bytes) cannot match: it lacks a text some condition requires. A field's value
     * is a piece of the message, and an ASCII text appears in a decoded message only where its bytes do.
     */
    boolean mayMatch(byte[] bytes, int offset, int length) {
        for (byte[] text : required) {
            if (!contains(bytes, offset, length, text)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, int offset, int length, byte[] text) {
        byte first = text[0];
        int last = offset + length - text.length;
        for (int i = offset; i <= last; i++) {
            if (bytes[i] == first) {
                int j = 1;
                while (j < text.length && bytes[i + j] == text[j]) {
                    j++;
                }
                if (j == text.length) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String name(Cursor in) {
        in.skipBlanks();
        StringBuilder name = new StringBuilder();
        while (!in.atEnd() && (Character.isLetterOrDigit(in.peek()) || in.peek() == '_')) {
            name.append(in.next());
        }
        if (name.length() == 0) {
            throw in.atEnd() ? InvalidFilterPatternException.syntax("expected a field name")
                    : InvalidFilterPatternException.invalidCharacter(in.peek());
        }
        return name.toString();
    }

    @Override
    public PatternMatch match(String message) {
        if (slots.isEmpty()) {
            // [U] AWS accepts `[]` (a recorded subscription-filter update); with no slot there is nothing to
            // check, so flowsim matches every event, as a blank pattern does.
            return PatternMatch.NO_FIELDS;
        }
        if (fixedSlots != null && !fixedWidthMatches(message)) {
            return null;
        }
        List<String> fields = DelimitedFields.split(message);
        Map<String, String> bound = new HashMap<>();
        if (!align(0, 0, fields, bound)) {
            return null;
        }
        Map<String, String> extracted = new LinkedHashMap<>();
        for (Slot slot : slots) {
            if (!slot.ellipsis()) {
                extracted.put("$" + slot.name(), bound.get(slot.name()));
            }
        }
        return new PatternMatch(reference -> resolve(reference, bound, fields), extracted);
    }

    /**
     * The quick test for a pattern without an ellipsis (most flow-log patterns): count the fields without making
     * Strings, then check the conditions, making a String only for each field a condition reads. Decides exactly as
     * {@link #align} does; a match is then bound again the general way to extract its values.
     */
    private boolean fixedWidthMatches(String message) {
        int[] bounds = new int[2 * slots.size()];
        if (DelimitedFields.locate(message, bounds, slots.size()) != slots.size()) {
            return false;
        }
        Map<String, String> view = new SlotView(message, bounds, fixedSlots);
        for (Slot slot : slots) {
            if (!slot.condition().test(view)) {
                return false;
            }
        }
        return true;
    }

    static final int MATCH = 1;
    static final int NO_MATCH = 0;
    static final int UNDECIDED = -1;

    /**
     * {@link #fixedWidthMatches} over an ASCII message's bytes, without decoding it: {@link #MATCH} or
     * {@link #NO_MATCH}, or {@link #UNDECIDED} when the pattern has an ellipsis or a byte is not ASCII.
     */
    int matchesAscii(byte[] bytes, int offset, int length) {
        if (slots.isEmpty()) {
            return MATCH;
        }
        if (fixedSlots == null) {
            return UNDECIDED;
        }
        int[] bounds = new int[2 * slots.size()];
        int count = DelimitedFields.locate(bytes, offset, length, bounds, slots.size());
        if (count == DelimitedFields.NOT_ASCII) {
            return UNDECIDED;
        }
        if (count != slots.size()) {
            return NO_MATCH;
        }
        // ASCII: one byte per char, so each field's text is its bytes as Latin-1.
        Map<String, String> view = new SlotView(null, bytes, offset, bounds, fixedSlots);
        for (Slot slot : slots) {
            if (!slot.condition().test(view)) {
                return NO_MATCH;
            }
        }
        return MATCH;
    }

    /** Field values by slot name, cut from the message on first read. Only {@code get} is used by conditions. */
    private static final class SlotView extends AbstractMap<String, String> {
        private final String message;
        /** Instead of {@code message}: an ASCII message's bytes, bounds relative to {@code offset}. */
        private final byte[] bytes;
        private final int offset;
        private final int[] bounds;
        private final Map<String, Integer> slotOf;
        private final String[] cut;

        SlotView(String message, int[] bounds, Map<String, Integer> slotOf) {
            this(message, null, 0, bounds, slotOf);
        }

        SlotView(String message, byte[] bytes, int offset, int[] bounds, Map<String, Integer> slotOf) {
            this.message = message;
            this.bytes = bytes;
            this.offset = offset;
            this.bounds = bounds;
            this.slotOf = slotOf;
            this.cut = new String[bounds.length / 2];
        }

        @Override
        public String get(Object name) {
            Integer slot = slotOf.get(name);
            if (slot == null) {
                return null;
            }
            String value = cut[slot];
            if (value == null) {
                int from = bounds[2 * slot];
                int to = bounds[2 * slot + 1];
                value = message != null ? message.substring(from, to)
                        : new String(bytes, offset + from, to - from, StandardCharsets.ISO_8859_1);
                cut[slot] = value;
            }
            return value;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            Map<String, String> all = new HashMap<>();
            slotOf.keySet().forEach(name -> all.put(name, get(name)));
            return all.entrySet();
        }
    }

    /** Assigns fields to slots left to right, trying every split for ellipses, until all conditions hold. */
    private boolean align(int slotIndex, int fieldIndex, List<String> fields, Map<String, String> bound) {
        if (slotIndex == slots.size()) {
            return fieldIndex == fields.size() && slots.stream().allMatch(s -> s.condition().test(bound));
        }
        Slot slot = slots.get(slotIndex);
        if (slot.ellipsis()) {
            for (int end = fieldIndex; end <= fields.size(); end++) {
                if (align(slotIndex + 1, end, fields, bound)) {
                    return true;
                }
            }
            return false;
        }
        if (fieldIndex >= fields.size()) {
            return false;
        }
        String previous = bound.put(slot.name(), fields.get(fieldIndex));
        if (align(slotIndex + 1, fieldIndex + 1, fields, bound)) {
            return true;
        }
        if (previous == null) {
            bound.remove(slot.name());
        } else {
            bound.put(slot.name(), previous);
        }
        return false;
    }

    private static String resolve(String reference, Map<String, String> bound, List<String> fields) {
        if (!reference.startsWith("$") || reference.length() < 2) {
            return null;
        }
        String key = reference.substring(1);
        if (key.chars().allMatch(Character::isDigit)) {
            int position = Integer.parseInt(key);
            return position >= 1 && position <= fields.size() ? fields.get(position - 1) : null;
        }
        return bound.get(key);
    }

    @Override
    public int regexCount() {
        return regexCount;
    }
}
