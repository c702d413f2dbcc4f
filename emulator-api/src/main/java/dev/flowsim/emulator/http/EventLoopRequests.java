package dev.flowsim.emulator.http;

import dev.flowsim.emulator.wire.WireRequest;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Picks the requests that run on the connection's event loop instead of the worker pool: operations whose work is
 * bounded by a small body, does no I/O and waits for nothing but short store locks. For a one-event PutLogEvents the
 * two thread hand-offs (event loop → worker → event loop) and their wake-ups cost more CPU than the operation; a
 * large batch (milliseconds of decoding) still goes to a worker, so other connections on the loop are not held up.
 */
public final class EventLoopRequests implements Predicate<WireRequest> {

    /**
     * Bodies above this go to the worker pool whatever the operation (some 100 µs of decoding at most). 32 KiB, not
     * 16: a flow-log publisher's batch of one interface's window (~100 records) is 14-20 KiB, and at 16 KiB about
     * half of them went through the two hand-offs.
     */
    public static final int DEFAULT_MAX_BODY_BYTES = 32 * 1024;

    private final Set<String> targets;
    private final int maxBodyBytes;

    /**
     * @param targets      the {@code X-Amz-Target} values (JSON protocol operations) that qualify
     * @param maxBodyBytes the largest body that qualifies; 0 sends every request to the workers
     */
    public EventLoopRequests(Set<String> targets, int maxBodyBytes) {
        this.targets = Set.copyOf(targets);
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Small PutLogEvents batches: the hot path of a flow-log publisher. */
    public static EventLoopRequests smallLogBatches() {
        return new EventLoopRequests(Set.of("Logs_20140328.PutLogEvents"), DEFAULT_MAX_BODY_BYTES);
    }

    @Override
    public boolean test(WireRequest request) {
        if (request.body().length > maxBodyBytes || !"POST".equals(request.method()) || !"/".equals(request.rawPath())) {
            return false;
        }
        String target = request.header("X-Amz-Target");
        return target != null && targets.contains(target);
    }
}
