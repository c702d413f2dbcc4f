package dev.flowsim.simulator.traffic;

import java.util.Arrays;

/**
 * The text-valued per-flow detail of {@link Observations}' rows, column by column: packet addresses given as text,
 * AWS services, reject reason, and the encryption status. Direction and traffic path are packed with the row's kind
 * in {@link Observations} itself. Grown with the rows it belongs to; not thread-safe.
 *
 * <p>Most generated rows carry none of these, so a row's entries stay at their defaults (null, status "not
 * reported") unless a value is given: {@link #clear} resets only the columns written since the last clear, instead of
 * every row storing its nulls.
 */
final class DetailColumns {

    private String[] pktSrcAddrs = new String[0];
    private String[] pktDstAddrs = new String[0];
    private String[] pktSrcServices = new String[0];
    private String[] pktDstServices = new String[0];
    private String[] rejectReasons = new String[0];
    /** 0 when not reported, else 1 + the status (so that a fresh or cleared column means "not reported"). */
    private byte[] encryptionStatuses = new byte[0];
    /** Whether any row since the last {@link #clear} has a value other than the defaults. */
    private boolean written;

    void grow(int capacity) {
        pktSrcAddrs = Arrays.copyOf(pktSrcAddrs, capacity);
        pktDstAddrs = Arrays.copyOf(pktDstAddrs, capacity);
        pktSrcServices = Arrays.copyOf(pktSrcServices, capacity);
        pktDstServices = Arrays.copyOf(pktDstServices, capacity);
        rejectReasons = Arrays.copyOf(rejectReasons, capacity);
        encryptionStatuses = Arrays.copyOf(encryptionStatuses, capacity);
    }

    /** Puts rows {@code 0..size-1} back to the defaults. */
    void clear(int size) {
        if (written) {
            Arrays.fill(pktSrcAddrs, 0, size, null);
            Arrays.fill(pktDstAddrs, 0, size, null);
            Arrays.fill(pktSrcServices, 0, size, null);
            Arrays.fill(pktDstServices, 0, size, null);
            Arrays.fill(rejectReasons, 0, size, null);
            Arrays.fill(encryptionStatuses, 0, size, (byte) 0);
            written = false;
        }
    }

    /** Row {@code i}'s detail; encryption status -1 when not reported. The row must be at its defaults. */
    void set(int i, String pktSrcAddr, String pktDstAddr, String pktSrcService, String pktDstService,
             String rejectReason, int encryptionStatus) {
        if (pktSrcAddr != null || pktDstAddr != null || pktSrcService != null || pktDstService != null
                || rejectReason != null || encryptionStatus != -1) {
            written = true;
            pktSrcAddrs[i] = pktSrcAddr;
            pktDstAddrs[i] = pktDstAddr;
            pktSrcServices[i] = pktSrcService;
            pktDstServices[i] = pktDstService;
            rejectReasons[i] = rejectReason;
            encryptionStatuses[i] = (byte) (encryptionStatus + 1);
        }
    }

    /** Row {@code i}'s AWS services, the rest at their defaults; nothing is stored when both are null. */
    void setServices(int i, String pktSrcService, String pktDstService) {
        if (pktSrcService != null || pktDstService != null) {
            written = true;
            pktSrcServices[i] = pktSrcService;
            pktDstServices[i] = pktDstService;
        }
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

    /** -1 when not reported. */
    int encryptionStatus(int i) {
        return encryptionStatuses[i] - 1;
    }
}
