package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.FlowDirection;

/**
 * The small fields of an {@link Observations} row packed in one {@code int}, so that the generator writes them with
 * one store: bits 0-4 which addresses are IPv4 ({@link Observations#SRC_IPV4} ...) and whether the packet
 * addresses are the tuple's ({@link #PKT_ADDRESSES_OF_TUPLE}), bits 5-6 the direction (0 without detail, else 1 +
 * the {@link FlowDirection} ordinal), bits 8-15 the action ordinal, bits 16-23 the protocol, bits 24-31 the traffic
 * path as a signed byte (0 when not reported).
 */
final class RowKinds {

    /**
     * Kept with the address bits: the packet addresses are the tuple's own, whose text is made from the tuple only
     * when asked for (the generator's tuples carry numbers, not text), and whose numbers are the tuple's.
     */
    static final int PKT_ADDRESSES_OF_TUPLE = 16;
    static final int ADDRESS_BITS = Observations.SRC_IPV4 | Observations.DST_IPV4 | Observations.PKT_SRC_IPV4
            | Observations.PKT_DST_IPV4;
    private static final Action[] ACTIONS = Action.values();
    private static final FlowDirection[] DIRECTIONS = FlowDirection.values();
    private static final int DIRECTION_SHIFT = 5;
    private static final int ACTION_SHIFT = 8;
    private static final int PROTOCOL_SHIFT = 16;
    private static final int PATH_SHIFT = 24;

    private RowKinds() {
    }

    /** @param trafficPath kept as a byte, as the row's column always kept it */
    static int of(int addressBits, FlowDirection direction, Action action, int protocol, int trafficPath) {
        return addressBits | (direction == null ? 0 : direction.ordinal() + 1) << DIRECTION_SHIFT
                | action.ordinal() << ACTION_SHIFT | protocol << PROTOCOL_SHIFT | (trafficPath & 0xFF) << PATH_SHIFT;
    }

    static boolean packetAddressesOfTuple(int kind) {
        return (kind & PKT_ADDRESSES_OF_TUPLE) != 0;
    }

    static FlowDirection direction(int kind) {
        int direction = kind >>> DIRECTION_SHIFT & 3;
        return direction == 0 ? null : DIRECTIONS[direction - 1];
    }

    static int actionOrdinal(int kind) {
        return kind >>> ACTION_SHIFT & 0xFF;
    }

    static Action action(int kind) {
        return ACTIONS[actionOrdinal(kind)];
    }

    static int protocol(int kind) {
        return kind >>> PROTOCOL_SHIFT & 0xFF;
    }

    static int trafficPath(int kind) {
        return kind >> PATH_SHIFT;
    }
}
