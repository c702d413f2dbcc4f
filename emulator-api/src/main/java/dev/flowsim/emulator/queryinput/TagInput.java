package dev.flowsim.emulator.queryinput;

import dev.flowsim.emulator.protocol.QueryParams;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the {@code Tags.member.N.Key/Value} lists of IAM and STS requests with the models' tag constraints. */
public final class TagInput {

    /** IAM answers duplicates with InvalidInput, STS with InvalidParameterValue; the words are the same. */
    public static final String DUPLICATE_KEYS_MESSAGE =
            "Duplicate tag keys found. Please note that Tag keys are case insensitive.";

    private static final ModelPattern KEY = ModelPattern.of("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
    private static final ModelPattern VALUE = ModelPattern.of("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    private static final int MAX_TAGS = 50;

    private TagInput() {
    }

    /**
     * The tags under {@code prefix} (e.g. {@code Tags}), checked into {@code constraints} under the model member name
     * {@code member} (e.g. {@code tags}).
     */
    public static List<Tag> read(QueryParams query, String prefix, String member, InputConstraints constraints) {
        List<Tag> tags = new ArrayList<>();
        for (int i = 1; ; i++) {
            String base = prefix + ".member." + i + ".";
            String key = query.get(base + "Key");
            String value = query.get(base + "Value");
            if (key == null && value == null) {
                break;
            }
            String at = member + "." + i + ".member.";
            constraints.required(at + "key", key).text(at + "key", key, 1, 128, KEY)
                    .required(at + "value", value).text(at + "value", value, 0, 256, VALUE);
            tags.add(new Tag(key, value));
        }
        constraints.listSize(member, tags.size(), MAX_TAGS, tags.toString());
        return tags;
    }

    /** Tag keys compare without case: {@code Team} and {@code team} are the same key. */
    public static boolean hasDuplicateKeys(List<Tag> tags) {
        Set<String> seen = new HashSet<>();
        for (Tag tag : tags) {
            if (tag.key() != null && !seen.add(tag.key().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
