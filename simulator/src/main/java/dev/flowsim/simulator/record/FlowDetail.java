package dev.flowsim.simulator.record;

import java.util.Objects;

/**
 * The per-flow fields beyond the 5-tuple (versions 3, 5, 8, 10 and 11). A null component renders as {@code -}.
 *
 * @param trafficPath      egress path code 1-8 (reference 1.8); null for ingress, where AWS does not report it
 * @param pktSrcAddr       the packet's real source (differs from srcaddr behind NAT or load balancers)
 * @param pktSrcAwsService the AWS ip-ranges name that contains pktSrcAddr, e.g. {@code S3}
 * @param nextHop          the interface on the other side of the hop, when it is one the topology knows
 * @param rejectReason     {@code BPA} when VPC Block Public Access dropped it; null otherwise (SG/NACL rejects too)
 * @param encryptionStatus VPC Encryption Controls status 0-3; null when the controls are off
 */
public record FlowDetail(FlowDirection direction, Integer trafficPath, String pktSrcAddr, String pktDstAddr,
                         String pktSrcAwsService, String pktDstAwsService, InterfaceMetadata nextHop,
                         String rejectReason, Integer encryptionStatus) {

    public FlowDetail {
        Objects.requireNonNull(direction, "direction");
        if (trafficPath != null && (trafficPath < 1 || trafficPath > 8)) {
            throw new IllegalArgumentException("traffic-path is a code from 1 to 8, got " + trafficPath);
        }
        if (trafficPath != null && direction == FlowDirection.INGRESS) {
            throw new IllegalArgumentException("traffic-path is only reported for egress flows");
        }
    }

    /** A flow as the interface sees it, with packet addresses equal to the tuple's and nothing else known. */
    public static FlowDetail plain(FiveTuple tuple, FlowDirection direction, Integer trafficPath) {
        return new FlowDetail(direction, trafficPath, tuple.srcAddr(), tuple.dstAddr(), null, null, null, null, null);
    }
}
