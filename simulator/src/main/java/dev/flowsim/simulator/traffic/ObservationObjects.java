package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowDetail;
import dev.flowsim.simulator.record.FlowDirection;
import dev.flowsim.simulator.record.InterfaceMetadata;

import java.util.ArrayList;
import java.util.List;

/**
 * The object view of {@link Observations}: a {@link FlowObservation} (with its {@link FlowDetail}) into the
 * columns, a row back out as objects, a row's copy for columns that keep one, and the error of a row with invalid
 * counts. The record path never takes this way; tests and the list-based API do.
 */
final class ObservationObjects {

    private ObservationObjects() {
    }

    /**
     * What a row with no packet, fewer bytes than packets or an end before its start is refused with (no flow log
     * record shows one); the columns test the counts inline, this is their cold path.
     */
    static IllegalArgumentException invalid(long packetCount, long byteCount, long start, long end) {
        return new IllegalArgumentException("an observation has at least one packet of at least one byte and ends"
                + " no earlier than it starts, got " + packetCount + " packets, " + byteCount + " bytes, "
                + start + ".." + end);
    }

    /** One row's columns as an object (what columns made with {@link Observations#copyingInto} also keep). */
    static FlowObservation observation(String interfaceId, String accountId, FiveTuple tuple, long packetCount,
                                       long byteCount, long start, long end, Action action, int flags,
                                       FlowDirection direction, int trafficPath, String pktSrcAddr,
                                       String pktDstAddr, String pktSrcService, String pktDstService,
                                       InterfaceMetadata nextHop, String rejectReason, int encryptionStatus) {
        return new FlowObservation(interfaceId, accountId, tuple, packetCount, byteCount, start, end, action, flags,
                direction == null ? null : new FlowDetail(direction, trafficPath == 0 ? null : trafficPath,
                pktSrcAddr, pktDstAddr, pktSrcService, pktDstService, nextHop, rejectReason,
                encryptionStatus < 0 ? null : encryptionStatus));
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
