package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.security.NetworkAcl;

/**
 * How far a connection gets through a NAT gateway. The gateway has no security groups, but its subnet's network
 * ACL is stateless like any other: it judges the instance's request coming in and going out to the internet, and
 * the internet's reply coming in on the translated port and going back to the instance's port. Legs between the
 * instance and a gateway in the same subnet do not cross the ACL. A leg the ACL denies is recorded as REJECT on the
 * gateway and nothing after it happens.
 *
 * @param legs the action of each leg in order (instance → gateway, gateway → internet, internet → gateway,
 *             gateway → instance); null for legs never reached
 */
record NatHops(Action[] legs) {

    static final int ARRIVING = 0;
    static final int LEAVING = 1;
    static final int ANSWERED = 2;
    static final int RETURNED = 3;

    /**
     * @param tuple   the instance's request to the internet host
     * @param natPort the gateway's translated source port
     */
    static NatHops judge(MonitoredEni nat, MonitoredEni instance, FiveTuple tuple, int natPort) {
        NetworkAcl acl = nat.security().networkAcl();
        boolean inside = nat.subnetId() != null && nat.subnetId().equals(instance.subnetId());
        boolean[] allowed = {
            inside || acl.allows(false, tuple.protocol(), tuple.dstPort(), tuple.srcAddr()),
            acl.allows(true, tuple.protocol(), tuple.dstPort(), tuple.dstAddr()),
            acl.allows(false, tuple.protocol(), natPort, tuple.dstAddr()),
            inside || acl.allows(true, tuple.protocol(), tuple.srcPort(), tuple.srcAddr())};
        Action[] legs = new Action[allowed.length];
        for (int i = 0; i < allowed.length; i++) {
            legs[i] = allowed[i] ? Action.ACCEPT : Action.REJECT;
            if (!allowed[i]) {
                break;
            }
        }
        return new NatHops(legs);
    }

    /** Whether the request reaches the internet host. */
    boolean requestThrough() {
        return legs[LEAVING] == Action.ACCEPT;
    }

    /** Whether the host's reply gets back to the instance's subnet. */
    boolean replyThrough() {
        return legs[RETURNED] == Action.ACCEPT;
    }

    Action leg(int index) {
        return legs[index];
    }
}
