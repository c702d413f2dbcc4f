package dev.flowsim.emulator.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Every access key the emulator knows, by key id. Expired session keys are pruned as they are met. */
public final class CredentialStore {

    private final ConcurrentMap<String, Credential> byKeyId = new ConcurrentHashMap<>();

    public void register(Credential credential) {
        Credential previous = byKeyId.putIfAbsent(credential.accessKeyId(), credential);
        if (previous != null) {
            throw new IllegalArgumentException("access key " + credential.accessKeyId() + " is already registered");
        }
    }

    /** Forgets a key (DeleteAccessKey); requests signed with it fail from now on. */
    public void remove(String accessKeyId) {
        byKeyId.remove(accessKeyId);
    }

    public Optional<Credential> find(String accessKeyId) {
        return Optional.ofNullable(byKeyId.get(accessKeyId));
    }

    /** Forgets session keys whose expiry has passed; returns how many were removed. */
    public int pruneExpired(Instant now) {
        int before = byKeyId.size();
        byKeyId.values().removeIf(c -> c.temporary() && c.expiredAt(now));
        return before - byKeyId.size();
    }

    public int size() {
        return byKeyId.size();
    }
}
