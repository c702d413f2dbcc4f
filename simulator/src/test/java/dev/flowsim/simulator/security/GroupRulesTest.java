package dev.flowsim.simulator.security;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An interface's security groups admit on their rule arrays exactly what their rules, walked group by group, admit:
 * seeded random groups (IPv4 and IPv6 blocks, group references, all protocols or one, port ranges) against IPv4
 * and IPv6 peers, inside the topology or outside it.
 */
class GroupRulesTest {

    private static final int[] PROTOCOLS = {-1, 6, 17, 1};
    private static final String[] BLOCKS = {"0.0.0.0/0", "10.0.0.0/16", "10.0.1.0/24", "203.0.113.7/32", "::/0",
        "2001:db8::/32"};
    private static final String[] GROUP_IDS = {"sg-web", "sg-app", "sg-db"};
    private static final String[] PEERS = {"10.0.1.9", "10.0.2.9", "203.0.113.7", "8.8.8.8", "2001:db8::1"};

    @Test
    void theRuleArraysAdmitAsTheRulesWalkedInOrder() {
        SplittableRandom rng = new SplittableRandom(17);
        for (int round = 0; round < 200; round++) {
            InterfaceSecurity security = new InterfaceSecurity("subnet-1", randomGroups(rng), NetworkAcl.ALLOW_ALL);
            InterfaceSecurity peerInside = new InterfaceSecurity("subnet-2", randomGroups(rng), null);
            for (int check = 0; check < 200; check++) {
                int protocol = PROTOCOLS[rng.nextInt(PROTOCOLS.length)];
                int port = rng.nextBoolean() ? rng.nextInt(0, 65_536) : new int[] {22, 80, 443, 5432}[rng.nextInt(4)];
                String peer = PEERS[rng.nextInt(PEERS.length)];
                long key = Cidr.addressKey(peer);
                InterfaceSecurity other = rng.nextBoolean() ? peerInside : null;
                String what = security + " " + protocol + " " + port + " " + peer + " " + other;
                assertEquals(walked(security, false, protocol, port, peer, key, other),
                        security.groupsAdmitInbound(protocol, port, peer, key, other), what);
                assertEquals(walked(security, true, protocol, port, peer, key, other),
                        security.groupsAdmitOutbound(protocol, port, peer, key, other), what);
            }
        }
    }

    private static List<SecurityGroup> randomGroups(SplittableRandom rng) {
        List<SecurityGroup> groups = new ArrayList<>();
        int count = rng.nextInt(0, 4);
        for (int g = 0; g < count; g++) {
            groups.add(new SecurityGroup(GROUP_IDS[rng.nextInt(GROUP_IDS.length)], randomRules(rng),
                    randomRules(rng)));
        }
        return groups;
    }

    private static List<SecurityGroupRule> randomRules(SplittableRandom rng) {
        List<SecurityGroupRule> rules = new ArrayList<>();
        int count = rng.nextInt(0, 5);
        for (int r = 0; r < count; r++) {
            int from = rng.nextInt(0, 65_536);
            int to = rng.nextBoolean() ? from : rng.nextInt(from, 65_536);
            boolean byGroup = rng.nextInt(3) == 0;
            rules.add(new SecurityGroupRule(PROTOCOLS[rng.nextInt(PROTOCOLS.length)], from, to,
                    byGroup ? null : BLOCKS[rng.nextInt(BLOCKS.length)],
                    byGroup ? GROUP_IDS[rng.nextInt(GROUP_IDS.length)] : null));
        }
        return rules;
    }

    private static boolean walked(InterfaceSecurity security, boolean egress, int protocol, int port, String peer,
                                  long key, InterfaceSecurity other) {
        for (SecurityGroup group : security.groups()) {
            for (SecurityGroupRule rule : egress ? group.egress() : group.ingress()) {
                if (rule.admits(protocol, port, peer, key, other)) {
                    return true;
                }
            }
        }
        return false;
    }
}
