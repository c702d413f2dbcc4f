package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.queryinput.Tag;
import dev.flowsim.emulator.queryinput.TagInput;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tags of a new session: those requested plus the transitive tags of the calling session (role chaining), which
 * pass on unchanged and may not be overridden.
 *
 * @param tags           every tag of the new session
 * @param transitiveKeys lower-cased keys that pass on again when the new session assumes a role
 */
record SessionTagging(List<Tag> tags, Set<String> transitiveKeys) {

    /**
     * @param inherited the calling session's transitive tags (empty unless the caller is a session that has some)
     * @throws dev.flowsim.emulator.error.AwsException InvalidParameterValue for duplicate keys, a transitive key that
     *                                                 names no requested tag, or a requested tag that would replace
     *                                                 an inherited transitive one
     */
    static SessionTagging resolve(List<Tag> requested, List<String> requestedTransitiveKeys, List<Tag> inherited) {
        if (TagInput.hasDuplicateKeys(requested)) {
            throw StsErrors.duplicateTagKeys();
        }
        Set<String> requestedKeys = lowerKeys(requested);
        for (String key : requestedTransitiveKeys) {
            if (!requestedKeys.contains(lower(key))) {
                throw StsErrors.transitiveKeyNotTagged();
            }
        }
        Set<String> inheritedKeys = lowerKeys(inherited);
        for (String key : requestedKeys) {
            if (inheritedKeys.contains(key)) {
                throw StsErrors.transitiveKeyOverridden();
            }
        }
        List<Tag> tags = new ArrayList<>(inherited);
        tags.addAll(requested);
        Set<String> transitive = new LinkedHashSet<>(inheritedKeys);
        requestedTransitiveKeys.forEach(k -> transitive.add(lower(k)));
        return new SessionTagging(List.copyOf(tags), Set.copyOf(transitive));
    }

    private static Set<String> lowerKeys(List<Tag> tags) {
        Set<String> keys = new LinkedHashSet<>();
        tags.forEach(t -> keys.add(lower(t.key())));
        return keys;
    }

    private static String lower(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
