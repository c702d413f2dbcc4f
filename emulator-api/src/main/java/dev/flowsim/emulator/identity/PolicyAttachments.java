package dev.flowsim.emulator.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which managed policies are attached to which role or user, by the entity's ARN, in attachment order. Readers (the
 * authorizer) see immutable snapshots; writers go through {@link IamState#atomically}.
 */
public final class PolicyAttachments {

    /** IAM's default quota of managed policies attached to one role or user. */
    public static final int MAX_PER_ENTITY = 10;

    private final Map<String, List<String>> policyArnsByEntity = new ConcurrentHashMap<>();
    private final Runnable changed;

    /** @param changed told after every attach and detach (IAM's generation, which invalidates cached views) */
    PolicyAttachments(Runnable changed) {
        this.changed = changed;
    }

    public List<String> policiesOf(String entityArn) {
        return policyArnsByEntity.getOrDefault(entityArn, List.of());
    }

    /** Attaches; attaching an attached policy again changes nothing, as in IAM. */
    public void attach(String entityArn, String policyArn) {
        policyArnsByEntity.compute(entityArn, (k, old) -> {
            List<String> next = new ArrayList<>(old == null ? List.of() : old);
            if (!next.contains(policyArn)) {
                next.add(policyArn);
            }
            return List.copyOf(next);
        });
        changed.run();
    }

    /** Detaches; returns false when the policy was not attached. */
    public boolean detach(String entityArn, String policyArn) {
        boolean[] removed = {false};
        policyArnsByEntity.computeIfPresent(entityArn, (k, old) -> {
            List<String> next = new ArrayList<>(old);
            removed[0] = next.remove(policyArn);
            return next.isEmpty() ? null : List.copyOf(next);
        });
        changed.run();
        return removed[0];
    }

    /** How many roles and users the policy is attached to (the policy's AttachmentCount). */
    public int attachmentCount(String policyArn) {
        return (int) policyArnsByEntity.values().stream().filter(l -> l.contains(policyArn)).count();
    }
}
