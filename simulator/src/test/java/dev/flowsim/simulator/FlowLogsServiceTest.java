package dev.flowsim.simulator;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlowLogsServiceTest {

    private static final Instant WINDOW_START = Instant.parse("2026-01-01T00:00:00Z");
    /** Nothing listens here; the tests below must fail before any call is made. */
    private static final URI NOWHERE = URI.create("http://127.0.0.1:9");

    @Test
    void aWindowIsDueAtItsEndPlusTheDeliveryDelay() {
        try (FlowLogsService service = new FlowLogsService(NOWHERE, clockAt(WINDOW_START), 1)) {
            assertEquals(Instant.parse("2026-01-01T00:06:00Z"),
                    service.deliveryDueAt(WINDOW_START, Duration.ofSeconds(60)));
        }
    }

    @Test
    void aWindowThatIsNotDueYetIsRefusedSayingWhen() {
        Clock clock = clockAt(Instant.parse("2026-01-01T00:05:59Z"));
        try (FlowLogsService service = new FlowLogsService(NOWHERE, clock, 1)) {
            CompletableFuture<WindowReport> early = service.deliverWindow(WINDOW_START, Duration.ofSeconds(60));
            ExecutionException failure = assertThrows(ExecutionException.class, early::get);
            IllegalStateException cause = assertInstanceOf(IllegalStateException.class, failure.getCause());
            assertTrue(cause.getMessage().contains("is due for delivery at 2026-01-01T00:06:00Z"), cause.getMessage());
            assertTrue(cause.getMessage().contains("the clock reads 2026-01-01T00:05:59Z"), cause.getMessage());
            assertEquals(0, service.totals().generated());
        }
    }

    @Test
    void windowsMustStartAndLastWholeSeconds() {
        try (FlowLogsService service = new FlowLogsService(NOWHERE, clockAt(WINDOW_START.plusSeconds(3600)), 1,
                FlowLogsOptions.defaults().withDeliveryDelay(Duration.ZERO), new SimpleMeterRegistry())) {
            assertTrue(service.deliverWindow(WINDOW_START.plusMillis(1), Duration.ofSeconds(60))
                    .isCompletedExceptionally());
            assertTrue(service.deliverWindow(WINDOW_START, Duration.ofMillis(60_500)).isCompletedExceptionally());
        }
    }

    @Test
    void optionsRefuseNonsense() {
        FlowLogsOptions defaults = FlowLogsOptions.defaults();
        assertThrows(IllegalArgumentException.class, () -> defaults.withMaxRetries(-1));
        assertThrows(IllegalArgumentException.class, () -> defaults.withDeliveryDelay(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> defaults.withCallTimeout(Duration.ZERO));
        assertEquals(3, defaults.maxRetries());
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
