package dev.flowsim.simulator.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleSessionsTest {

    private static final Instant EXPIRY = Instant.parse("2026-01-01T01:00:00Z");
    private static final Duration MARGIN = Duration.ofMinutes(5);

    @Test
    void aSessionIsKeptUntilTheRefreshMarginBeforeItsExpiry() {
        assertFalse(RoleSessions.needsRefresh(EXPIRY, EXPIRY.minus(MARGIN).minusMillis(1), MARGIN));
        assertTrue(RoleSessions.needsRefresh(EXPIRY, EXPIRY.minus(MARGIN), MARGIN));
        assertTrue(RoleSessions.needsRefresh(EXPIRY, EXPIRY.plusSeconds(1), MARGIN), "expired");
    }
}
