package dev.flowsim.emulator.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A customer managed policy: up to five versions, one of them the default that is evaluated. Version ids grow
 * monotonically ({@code v1}, {@code v2}, ...) and are never reused, as in IAM. Immutable.
 *
 * @param nextVersion the number the next version will get
 */
public record ManagedPolicy(String accountId, String name, String path, String policyId, String arn,
                           String description, Instant createDate, Instant updateDate, String defaultVersionId,
                           List<Version> versions, int nextVersion) {

    /** IAM's quota of versions per managed policy. */
    public static final int MAX_VERSIONS = 5;

    public ManagedPolicy {
        versions = List.copyOf(versions);
    }

    /** One version of the policy's document. */
    public record Version(String versionId, Role.StoredPolicy document, Instant createDate) {
    }

    public static String arn(String accountId, String path, String policyName) {
        return "arn:aws:iam::" + accountId + ":policy" + path + policyName;
    }

    public Optional<Version> version(String versionId) {
        return versions.stream().filter(v -> v.versionId().equals(versionId)).findFirst();
    }

    /** The version IAM evaluates. */
    public Version defaultVersion() {
        return version(defaultVersionId).orElseThrow();
    }

    public ManagedPolicy withVersion(Role.StoredPolicy document, Instant now, boolean setAsDefault) {
        String id = "v" + nextVersion;
        List<Version> next = new java.util.ArrayList<>(versions);
        next.add(new Version(id, document, now));
        return new ManagedPolicy(accountId, name, path, policyId, arn, description, createDate,
                setAsDefault ? now : updateDate, setAsDefault ? id : defaultVersionId, next, nextVersion + 1);
    }

    public ManagedPolicy withoutVersion(String versionId) {
        List<Version> next = versions.stream().filter(v -> !v.versionId().equals(versionId)).toList();
        return new ManagedPolicy(accountId, name, path, policyId, arn, description, createDate, updateDate,
                defaultVersionId, next, nextVersion);
    }
}
