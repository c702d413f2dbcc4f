package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.FlowDetail;
import dev.flowsim.simulator.record.FlowDirection;

import java.util.ArrayList;
import java.util.List;

/**
 * The object view of {@link Observations}: a {@link FlowObservation} (with its {@link FlowDetail}) into the
 * columns, and a row back out as objects. The record path never takes this way; tests and the list-based API do.
 */
final class ObservationObjects {

    private ObservationObjects() {
    }

    static void addTo(Observations out, FlowObservation o) {
        FlowDetail d = o.detail();
        if (d == null) {
            out.add(o.interfaceId(), o.accountId(), o.tuple(), o.packets(), o.bytes(), o.start(), o.end(),
                    o.action(), o.tcpFlags(), null, 0, null, null, null, null, null, null, -1);
        } else {
            out.add(o.interfaceId(), o.accountId(), o.tuple(), o.packets(), o.bytes(), o.start(), o.end(),
                    o.action(), o.tcpFlags(), d.direction(), d.trafficPath() == null ? 0 : d.trafficPath(),
                    d.pktSrcAddr(), d.pktDstAddr(), d.pktSrcAwsService(), d.pktDstAwsService(), d.nextHop(),
                    d.rejectReason(), d.encryptionStatus() == null ? -1 : d.encryptionStatus());
        }
    }

    /** Row {@code i}'s detail; null when it has none. */
    static FlowDetail detail(Observations in, int i) {
        FlowDirection direction = in.direction(i);
        if (direction == null) {
            return null;
        }
        int path = in.trafficPath(i);
        int encryption = in.encryptionStatus(i);
        return new FlowDetail(direction, path == 0 ? null : path, in.pktSrcAddr(i), in.pktDstAddr(i),
                in.pktSrcAwsService(i), in.pktDstAwsService(i), in.nextHop(i), in.rejectReason(i),
                encryption < 0 ? null : encryption);
    }

    static FlowObservation get(Observations in, int i) {
        return new FlowObservation(in.interfaceId(i), in.accountId(i), in.tuple(i), in.packets(i), in.bytes(i),
                in.start(i), in.end(i), in.action(i), in.tcpFlags(i), detail(in, i));
    }

    static List<FlowObservation> toList(Observations in) {
        List<FlowObservation> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            out.add(get(in, i));
        }
        return out;
    }
}
