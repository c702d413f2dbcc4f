package dev.flowsim.emulator.logs.filter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private DelimitedPattern(List<Slot> slots, int regexCount) {
        this.slots = slots;
        this.regexCount = regexCount;
    }

    static DelimitedPattern parse(String pattern) {
        Cursor in = new Cursor(pattern);
        ConditionParser conditions = new ConditionParser(in);
        in.expect("[", "to open a space-delimited pattern");
        List<Slot> slots = new ArrayList<>();
        if (!in.accept("]")) {
            do {
                slots.add(slot(in, conditions));
            } while (in.accept(","));
            in.expect("]", "to close the space-delimited pattern");
        }
        in.skipBlanks();
        if (!in.atEnd()) {
            throw InvalidFilterPatternException.invalidCharacter(in.peek());
        }
        return new DelimitedPattern(List.copyOf(slots), conditions.regexCount());
    }

    private static Slot slot(Cursor in, ConditionParser conditions) {
        if (in.accept("...")) {
            return new Slot(null, fields -> true);
        }
        String name = name(in);
        in.skipBlanks();
        if (in.atEnd() || in.peekIs(',') || in.peekIs(']')) {
            return new Slot(name, fields -> true);
        }
        return new Slot(name, or(in, conditions, name));
    }

    private static Predicate<Map<String, String>> or(Cursor in, ConditionParser conditions, String firstName) {
        Predicate<Map<String, String>> left = and(in, conditions, firstName);
        while (in.accept("||")) {
            left = left.or(and(in, conditions, null));
        }
        return left;
    }

    private static Predicate<Map<String, String>> and(Cursor in, ConditionParser conditions, String firstName) {
        Predicate<Map<String, String>> left = comparison(in, conditions, firstName);
        while (in.accept("&&")) {
            left = left.and(comparison(in, conditions, null));
        }
        return left;
    }

    private static Predicate<Map<String, String>> comparison(Cursor in, ConditionParser conditions, String known) {
        String name = known != null ? known : name(in);
        ValueCondition condition = conditions.value(conditions.operator());
        return fields -> condition.test(fields.get(name));
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
