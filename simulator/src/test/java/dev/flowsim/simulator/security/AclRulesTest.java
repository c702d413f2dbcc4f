package dev.flowsim.simulator.security;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A network ACL decides on its rule arrays exactly as its entries, walked in rule-number order, decide: seeded
 * random ACLs (IPv4 and IPv6 blocks, all protocols or one, port ranges, allow and deny, both directions) against
 * IPv4, IPv6 and malformed addresses.
 */
class AclRulesTest {

    private static final int[] PROTOCOLS = {-1, 6, 17, 1, 50};
    private static final String[] BLOCKS = {"0.0.0.0/0", "10.0.0.0/8", "10.0.1.0/24", "192.168.0.0/16",
        "203.0.113.7/32", "::/0", "2001:db8::/32", "128.0.0.0/1"};
    private static final String[] ADDRESSES = {"10.0.1.9", "10.0.2.9", "192.168.3.4", "203.0.113.7", "8.8.8.8",
        "200.1.2.3", "0.0.0.0", "255.255.255.255", "2001:db8::1", "fe80::1"};

    @Test
    void theRuleArraysDecideAsTheEntriesInOrder() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int acl = 0; acl < 300; acl++) {
            List<NetworkAclEntry> entries = new ArrayList<>();
            int count = rng.nextInt(0, 9);
            for (int e = 0; e < count; e++) {
                int from = rng.nextInt(0, 65_536);
                int to = rng.nextBoolean() ? from : rng.nextInt(from, 65_536);
                entries.add(new NetworkAclEntry(rng.nextInt(1, 32_767), rng.nextBoolean(),
                        PROTOCOLS[rng.nextInt(PROTOCOLS.length)], from, to, BLOCKS[rng.nextInt(BLOCKS.length)],
                        rng.nextBoolean()));
            }
            NetworkAcl compiled = new NetworkAcl("acl-" + acl, entries);
            List<NetworkAclEntry> inOrder = entries.stream()
                    .sorted(Comparator.comparingInt(NetworkAclEntry::ruleNumber)).toList();
            assertEquals(inOrder, compiled.entries());
            for (int check = 0; check < 200; check++) {
                boolean egress = rng.nextBoolean();
                int protocol = PROTOCOLS[rng.nextInt(PROTOCOLS.length)];
                int port = rng.nextBoolean() ? rng.nextInt(0, 65_536) : inOrder.isEmpty() ? 443
                        : inOrder.get(rng.nextInt(inOrder.size())).fromPort();
                String address = ADDRESSES[rng.nextInt(ADDRESSES.length)];
                long key = Cidr.addressKey(address);
                assertEquals(walked(inOrder, egress, protocol, port, address, key),
                        compiled.allows(egress, protocol, port, address, key),
                        compiled + " " + egress + " " + protocol + " " + port + " " + address);
                assertEquals(compiled.allows(egress, protocol, port, address),
                        compiled.allows(egress, protocol, port, address, key));
            }
        }
    }

    @Test
    void theEntriesStayAnImmutableListInRuleOrder() {
        NetworkAcl acl = new NetworkAcl("acl-1", List.of(
                new NetworkAclEntry(200, false, -1, 0, 65_535, "0.0.0.0/0", true),
                new NetworkAclEntry(100, false, 6, 22, 22, "0.0.0.0/0", false)));
        assertEquals(List.of(100, 200), acl.entries().stream().map(NetworkAclEntry::ruleNumber).toList());
        assertEquals(new NetworkAcl("acl-1", new ArrayList<>(acl.entries())), acl);
        assertEquals(new NetworkAcl("acl-1", acl.entries()).hashCode(), acl.hashCode());
        assertThrows(UnsupportedOperationException.class, () -> acl.entries().remove(0));
        assertEquals(false, acl.allows(false, 6, 22, "8.8.8.8", Cidr.addressKey("8.8.8.8")));
        assertEquals(true, acl.allows(false, 6, 23, "8.8.8.8", Cidr.addressKey("8.8.8.8")));
        assertEquals(false, acl.allows(true, 6, 23, "8.8.8.8", Cidr.addressKey("8.8.8.8")), "no outbound rule");
    }

    private static boolean walked(List<NetworkAclEntry> entries, boolean egress, int protocol, int port,
                                  String address, long key) {
        for (NetworkAclEntry entry : entries) {
            if (entry.egress() == egress && entry.matches(protocol, port, address, key)) {
                return entry.allow();
            }
        }
        return false;
    }
}
