package dev.flowsim.emulator.identity;

import dev.flowsim.emulator.iam.NamedPolicy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What STS fixed about a role session when it issued the credentials, and what every later request made with them
 * carries into authorization: the session policy that narrows the role's permissions, aws:TokenIssueTime, the
 * session tags (aws:PrincipalTag/KEY) and aws:SourceIdentity.
 *
 * @param sessionPolicy  the inline session policy passed to AssumeRole, compiled, or null
 * @param issuedAt       when the credentials were issued (aws:TokenIssueTime)
 * @param tags           the session tags by key, as given (keys keep their case)
 * @param sourceIdentity the source identity set on the session, or null
 * @param assumedByService the AWS service principal that assumed the role (e.g. vpc-flow-logs.amazonaws.com), or
 *                       null when a user or role did; only such sessions may name a delivery account
 */
public record SessionAttributes(NamedPolicy sessionPolicy, Instant issuedAt, Map<String, String> tags,
                                String sourceIdentity, String assumedByService) {

    public SessionAttributes {
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** A session assumed by a user or role. */
    public SessionAttributes(NamedPolicy sessionPolicy, Instant issuedAt, Map<String, String> tags,
                             String sourceIdentity) {
        this(sessionPolicy, issuedAt, tags, sourceIdentity, null);
    }
}
