package dev.flowsim.emulator.faults;

import dev.flowsim.emulator.iam.Decision;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;

import java.util.ArrayList;
import java.util.List;

/**
 * Teaching mode: a denied call is let through, and the denial is kept with its explanation so a class sees the whole
 * flow and every problem in one pass. Off by default; never on in {@code flowsim serve} unless asked. The decision
 * log still records the denial as AWS would have made it.
 */
public final class TeachingMode {

    /** A denial that was let through. */
    public record WaivedDenial(String time, String service, String operation, String principalArn, String action,
                               String resource, String message, String explanation) {
    }

    private static final int CAPACITY = 10_000;

    private volatile boolean enabled;
    private final List<WaivedDenial> waived = new ArrayList<>();

    public void enable(boolean on) {
        enabled = on;
    }

    public boolean enabled() {
        return enabled;
    }

    /** @return true if the denied call should proceed (teaching mode), after recording it */
    public boolean letThrough(Call call, AccessCheck check, Decision decision) {
        if (!enabled) {
            return false;
        }
        synchronized (waived) {
            if (waived.size() < CAPACITY) {
                waived.add(new WaivedDenial(call.now().toString(), call.service(), call.operation(),
                        call.caller().arn(), check.action(), check.resourceArn(), decision.accessDeniedMessage(),
                        decision.explanation()));
            }
        }
        return true;
    }

    public List<WaivedDenial> waived() {
        synchronized (waived) {
            return List.copyOf(waived);
        }
    }
}
