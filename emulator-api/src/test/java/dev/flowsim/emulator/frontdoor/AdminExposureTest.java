package dev.flowsim.emulator.frontdoor;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin API hands out the service key, so it answers loopback peers only unless configured otherwise. */
class AdminExposureTest {

    static WireResponse get(Emulator emulator, String path, String remote) {
        return emulator.handle(new WireRequest("GET", path, "", List.of(), new byte[0], remote));
    }

    @Test
    void aNonLoopbackPeerIsRefusedEveryAdminPath() {
        try (Emulator emulator = Emulator.create(EmulatorOptions.defaults())) {
            for (String remote : List.of("10.1.2.3", "192.168.0.7", "2001:db8::1", "")) {
                for (String path : List.of("/_flowsim/health", "/_flowsim/decisions",
                        "/_flowsim/service-credentials/vpc-flow-logs.amazonaws.com")) {
                    WireResponse response = get(emulator, path, remote);
                    assertEquals(403, response.status(), remote + " " + path);
                    assertFalse(response.bodyAsUtf8().contains(emulator.flowLogsServiceKey().secretAccessKey()));
                }
            }
        }
    }

    @Test
    void loopbackPeersAreServed() {
        try (Emulator emulator = Emulator.create(EmulatorOptions.defaults())) {
            assertEquals(200, get(emulator, "/_flowsim/health", "127.0.0.1").status());
            assertEquals(200, get(emulator, "/_flowsim/health", "::1").status());
        }
    }

    @Test
    void configuredToAnswerAnywhereItServesOtherPeers() {
        EmulatorOptions options = EmulatorOptions.defaults()
                .withServer(ServerConfig.defaults().withAdminFromAnywhere(true));
        try (Emulator emulator = Emulator.create(options)) {
            WireResponse response = get(emulator, "/_flowsim/health", "10.1.2.3");
            assertEquals(200, response.status());
            assertTrue(response.bodyAsUtf8().contains("UP"));
        }
    }
}
