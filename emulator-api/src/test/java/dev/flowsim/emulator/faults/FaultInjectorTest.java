package dev.flowsim.emulator.faults;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.identity.Caller;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.wire.WireResponse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultInjectorTest {

    private static final Instant START = Instant.parse("2026-01-15T10:00:00Z");
    private final SimulatedClock clock = SimulatedClock.manual(START);

    private Call call(String operation, String group) {
        return new Call("r", "logs", operation, "us-east-2", new Caller(Principal.root("000000000000"), "test", null,
                null), clock.instant(), JsonNodeFactory.instance.objectNode().put("logGroupName", group), null,
                "127.0.0.1");
    }

    private static FaultSpec throttle(String id, Double probability, CallRange calls, TimeWindow window) {
        return new FaultSpec(id, null, new FaultTarget("logs", "PutLogEvents", null, null, null, null, null, null),
                probability, calls, window, new ErrorEffect("ThrottlingException", null, null), null, null, null);
    }

    /** Which of n calls were hit. */
    private List<Boolean> pattern(FaultInjector injector, int n) {
        List<Boolean> hits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            try {
                injector.around(call("PutLogEvents", "g"), () -> WireResponse.empty(200));
                hits.add(false);
            } catch (AwsException e) {
                assertEquals("ThrottlingException", e.code());
                assertEquals(400, e.httpStatus());
                assertEquals("Rate exceeded", e.getMessage());
                hits.add(true);
            }
        }
        return hits;
    }

    @Test
    void theSameSeedHitsTheSameCallsAndAnotherSeedOthers() {
        FaultInjector a = new FaultInjector(clock, 7, new SimpleMeterRegistry());
        FaultInjector b = new FaultInjector(clock, 7, new SimpleMeterRegistry());
        FaultInjector c = new FaultInjector(clock, 8, new SimpleMeterRegistry());
        for (FaultInjector i : List.of(a, b, c)) {
            i.add(throttle("half", 0.5, null, null), START);
        }
        List<Boolean> first = pattern(a, 400);
        assertEquals(first, pattern(b, 400));
        assertNotEquals(first, pattern(c, 400));
        long hits = first.stream().filter(h -> h).count();
        assertTrue(hits > 140 && hits < 260, "about half of 400 calls: " + hits);
        assertEquals(hits, a.firedCount("half"));
    }

    @Test
    void callRangesAndWindowsSelectCalls() {
        FaultInjector injector = new FaultInjector(clock, 1, new SimpleMeterRegistry());
        injector.add(throttle("second-and-third", null, new CallRange(null, 2, 3), null), START);
        assertEquals(List.of(false, true, true, false, false), pattern(injector, 5));

        FaultInjector windowed = new FaultInjector(clock, 1, new SimpleMeterRegistry());
        windowed.add(throttle("later", null, null, new TimeWindow("1m", "2m")), START);
        assertEquals(List.of(false), pattern(windowed, 1));
        clock.advanceTo(START.plus(Duration.ofSeconds(90)));
        assertEquals(List.of(true), pattern(windowed, 1));
        clock.advanceTo(START.plus(Duration.ofMinutes(2)));
        assertEquals(List.of(false), pattern(windowed, 1));
    }

    @Test
    void aQuotaIsATokenBucketPerScopeRefilledBySimulatedTime() {
        FaultInjector injector = new FaultInjector(clock, 1, new SimpleMeterRegistry());
        injector.add(new FaultSpec("per-group", null, new FaultTarget("logs", "PutLogEvents", null, null, null, null,
                null, null), null, null, null, null, new QuotaEffect(QuotaScope.LOG_GROUP, 2.0, 3), null, null),
                START);
        assertEquals(List.of(false, false, false, true), pattern(injector, 4));
        injector.around(call("PutLogEvents", "other-group"), () -> WireResponse.empty(200));
        clock.advanceTo(START.plusMillis(500));
        assertEquals(List.of(false, true), pattern(injector, 2));
    }

    @Test
    void latencyAndConnectionFaultsTravelAsADirectiveAndResetSkipsTheHandler() {
        FaultInjector injector = new FaultInjector(clock, 1, new SimpleMeterRegistry());
        injector.add(new FaultSpec("slow", null, null, null, null, null, null, null,
                new LatencyEffect("250ms", null, null, null), null), START);
        WireResponse slow = injector.around(call("CreateLogGroup", "g"), () -> WireResponse.empty(200));
        assertEquals(new TransportDirective(250, null), TransportDirective.of(slow).orElseThrow());
        assertTrue(TransportDirective.strip(slow).headers().isEmpty());

        injector.clear();
        injector.add(new FaultSpec("rst", null, null, null, null, null, null, null, null, NetworkFault.RESET), START);
        boolean[] ran = {false};
        WireResponse reset = injector.around(call("CreateLogGroup", "g"), () -> {
            ran[0] = true;
            return WireResponse.empty(200);
        });
        assertEquals(NetworkFault.RESET, TransportDirective.of(reset).orElseThrow().network());
        assertTrue(!ran[0], "a reset happens before the operation runs");
    }

    @Test
    void badFaultsAreRefusedWithTheField() {
        IllegalArgumentException noEffect = assertThrows(IllegalArgumentException.class, () ->
                new FaultSpec("x", null, null, null, null, null, null, null, null, null));
        assertTrue(noEffect.getMessage().contains("exactly one of"), noEffect.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ErrorEffect("MadeUpError", null, null));
        assertThrows(IllegalArgumentException.class, () -> new LatencyEffect("5", null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new CallRange(null, 3, 2));
        assertThrows(IllegalArgumentException.class, () -> new QuotaEffect(QuotaScope.LOG_STREAM, 1.0, 0));
    }
}
