package dev.flowsim.emulator.sts;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The role sessions STS has issued, by access key id. The authorizer reads a caller's session policy here (a session
 * may do only what both its role and its session policy allow); AssumeRole reads the caller's transitive tags here.
 */
public final class AssumedSessions {

    private final ConcurrentMap<String, AssumedSession> byAccessKey = new ConcurrentHashMap<>();

    /** Records a new session and forgets those that have expired by {@code now}. */
    public void record(AssumedSession session, Instant now) {
        byAccessKey.values().removeIf(s -> !now.isBefore(s.expiration()));
        byAccessKey.put(session.accessKeyId(), session);
    }

    public Optional<AssumedSession> find(String accessKeyId) {
        return accessKeyId == null ? Optional.empty() : Optional.ofNullable(byAccessKey.get(accessKeyId));
    }

    public int size() {
        return byAccessKey.size();
    }
}
