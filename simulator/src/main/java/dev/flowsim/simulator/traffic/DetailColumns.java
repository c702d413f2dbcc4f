package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.FlowDirection;

import java.util.Arrays;

/**
 * The per-flow detail of {@link Observations}' rows, column by column: direction, traffic path, packet addresses
 * given as text, AWS services, reject reason and encryption status. Direction {@code 0} means "no detail" (the
 * record shows {@code -} for the detail fields). Grown with the rows it belongs to; not thread-safe.
 */
final class DetailColumns {

    private static final FlowDirection[] DIRECTIONS = FlowDirection.values();

    /** 0 without detail, else 1 + the {@link FlowDirection} ordinal. */
    private byte[] directions = new byte[0];
    /** 0 when not reported. */
    private byte[] paths = new byte[0];
    private String[] pktSrcAddrs = new String[0];
    private String[] pktDstAddrs = new String[0];
    private String[] pktSrcServices = new String[0];
    private String[] pktDstServices = new String[0];
    private String[] rejectReasons = new String[0];
    /** -1 when not reported. */
    private byte[] encryptionStatuses = new byte[0];

    void grow(int capacity) {
        directions = Arrays.copyOf(directions, capacity);
        paths = Arrays.copyOf(paths, capacity);
        pktSrcAddrs = Arrays.copyOf(pktSrcAddrs, capacity);
        pktDstAddrs = Arrays.copyOf(pktDstAddrs, capacity);
        pktSrcServices = Arrays.copyOf(pktSrcServices, capacity);
        pktDstServices = Arrays.copyOf(pktDstServices, capacity);
        rejectReasons = Arrays.copyOf(rejectReasons, capacity);
        encryptionStatuses = Arrays.copyOf(encryptionStatuses, capacity);
    }

    /** Row {@code i}'s detail; a null direction for none, path 0 and encryption status -1 when not reported. */
    void set(int i, FlowDirection direction, int trafficPath, String pktSrcAddr, String pktDstAddr,
             String pktSrcService, String pktDstService, String rejectReason, int encryptionStatus) {
        directions[i] = (byte) (direction == null ? 0 : direction.ordinal() + 1);
        paths[i] = (byte) trafficPath;
        pktSrcAddrs[i] = pktSrcAddr;
        pktDstAddrs[i] = pktDstAddr;
        pktSrcServices[i] = pktSrcService;
        pktDstServices[i] = pktDstService;
        rejectReasons[i] = rejectReason;
        encryptionStatuses[i] = (byte) encryptionStatus;
    }

    FlowDirection direction(int i) {
        return directions[i] == 0 ? null : DIRECTIONS[directions[i] - 1];
    }

    int trafficPath(int i) {
        return paths[i];
    }

    String pktSrcAddr(int i) {
        return pktSrcAddrs[i];
    }

    String pktDstAddr(int i) {
        return pktDstAddrs[i];
    }

    String pktSrcAwsService(int i) {
        return pktSrcServices[i];
    }

    String pktDstAwsService(int i) {
        return pktDstServices[i];
    }

    String rejectReason(int i) {
        return rejectReasons[i];
    }

    int encryptionStatus(int i) {
        return encryptionStatuses[i];
    }
}
