package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.iam.NamedPolicy;
import dev.flowsim.emulator.queryinput.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What STS knows about a role session beyond its credential: the session policy that narrows it, its session tags
 * and which of them pass on to chained sessions, its source identity and when it was issued.
 *
 * @param accessKeyId        the session's access key
 * @param roleArn            the assumed role, path included
 * @param sessionPolicy      the inline session policy passed to AssumeRole, or null
 * @param tags               the session tags, including those inherited as transitive from the calling session
 * @param transitiveTagKeys  lower-cased keys of the tags that pass on when this session assumes another role
 * @param sourceIdentity     the SourceIdentity set on the session, or null
 * @param issuedAt           aws:TokenIssueTime
 * @param expiration         when the credential stops working
 */
public record AssumedSession(String accessKeyId, String roleArn, NamedPolicy sessionPolicy, List<Tag> tags,
                             Set<String> transitiveTagKeys, String sourceIdentity, Instant issuedAt,
                             Instant expiration) {

    public AssumedSession {
        tags = List.copyOf(tags);
        transitiveTagKeys = Set.copyOf(transitiveTagKeys);
    }

    /** The tags a session assumed with these credentials inherits. */
    public List<Tag> transitiveTags() {
        return tags.stream()
                .filter(t -> transitiveTagKeys.contains(t.key().toLowerCase(Locale.ROOT)))
                .toList();
    }
}
