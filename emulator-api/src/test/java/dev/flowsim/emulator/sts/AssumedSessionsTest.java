package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.queryinput.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssumedSessionsTest {

    static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    private static AssumedSession session(String keyId, Instant expiration) {
        return new AssumedSession(keyId, "arn:aws:iam::111122223333:role/R", null,
                List.of(new Tag("Team", "net"), new Tag("stage", "dev")), Set.of("team"), null, T0, expiration);
    }

    @Test
    void recordingASessionForgetsThoseExpiredOnTheSimulatedClock() {
        AssumedSessions sessions = new AssumedSessions();
        sessions.record(session("ASIAONE", T0.plusSeconds(900)), T0);

        sessions.record(session("ASIATWO", T0.plusSeconds(7200)), T0.plusSeconds(900));

        assertTrue(sessions.find("ASIAONE").isEmpty());
        assertTrue(sessions.find("ASIATWO").isPresent());
        assertEquals(1, sessions.size());
        assertTrue(sessions.find(null).isEmpty());
    }

    @Test
    void onlyTransitiveTagsPassOn() {
        assertEquals(List.of(new Tag("Team", "net")), session("ASIAONE", T0).transitiveTags());
    }
}
