package dev.flowsim.simulator.security;

import dev.flowsim.simulator.record.Action;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Firewall#decide} split into its request half ({@link Firewall#request}, which a generator may remember) and
 * its reply half ({@link Firewall#withReply}) decides as the rules walked one by one do, and the "same for every
 * port" answers ({@link NetworkAcl#sameForEveryPort}, {@link Firewall#sameForEveryClientPort}) hold on every port:
 * seeded random groups and ACLs, IPv4 and IPv6 ends, inside the topology or outside it, one subnet or two.
 */
class FirewallHalvesTest {

    private static final int[] PROTOCOLS = {-1, 6, 17, 1};
    private static final String[] BLOCKS = {"0.0.0.0/0", "10.0.0.0/16", "10.0.1.0/24", "203.0.113.7/32", "::/0",
        "2001:db8::/32"};
    private static final String[] GROUP_IDS = {"sg-web", "sg-app", "sg-db"};
    private static final String[] ADDRESSES = {"10.0.1.9", "10.0.2.9", "203.0.113.7", "8.8.8.8", "2001:db8::1"};
    private static final String[] SUBNETS = {"subnet-1", "subnet-2", null};
    private static final SecurityGroupRule ALL = new SecurityGroupRule(-1, 0, 65_535, "0.0.0.0/0", null);
    private static final SecurityGroup OPEN = new SecurityGroup("sg-open", List.of(ALL), List.of(ALL));

    @Test
    void theHalvesDecideAsTheRulesWalkedInOrder() {
        SplittableRandom rng = new SplittableRandom(23);
        int portFree = 0;
        int portBound = 0;
        for (int round = 0; round < 300; round++) {
            Firewall.Side client = side(rng);
            Firewall.Side server = side(rng);
            for (int check = 0; check < 30; check++) {
                int protocol = new int[] {6, 17, 1}[rng.nextInt(3)];
                int serverPort = rng.nextBoolean() ? rng.nextInt(0, 65_536)
                        : new int[] {22, 80, 443, 5432}[rng.nextInt(4)];
                int request = Firewall.request(client, server, protocol, serverPort);
                boolean free = Firewall.sameForEveryClientPort(request, client, server, protocol);
                Firewall.Verdict anyPort = Firewall.withReply(request, client, server, protocol, 0);
                for (int clientPort : portsToCheck(client, server, rng)) {
                    String what = client + " -> " + server + " " + protocol + " " + clientPort + " " + serverPort;
                    Firewall.Verdict expected = walked(client, server, protocol, clientPort, serverPort);
                    assertEquals(expected, Firewall.decide(client, server, protocol, clientPort, serverPort), what);
                    assertEquals(expected, Firewall.withReply(request, client, server, protocol, clientPort), what);
                    if (free) {
                        assertEquals(anyPort, expected, "the same for every client port: " + what);
                    }
                }
                if (free) {
                    portFree++;
                } else {
                    portBound++;
                }
            }
        }
        assertTrue(portFree > 1000 && portBound > 300, portFree + " port-free, " + portBound + " port-bound");
    }

    @Test
    void anAclTheSameForEveryPortAnswersAlikeOnEveryPort() {
        SplittableRandom rng = new SplittableRandom(29);
        int same = 0;
        int differs = 0;
        for (int round = 0; round < 2000; round++) {
            NetworkAcl acl = acl(rng);
            boolean egress = rng.nextBoolean();
            int protocol = PROTOCOLS[rng.nextInt(PROTOCOLS.length)];
            String address = ADDRESSES[rng.nextInt(ADDRESSES.length)];
            long key = Cidr.addressKey(address);
            TreeSet<Boolean> answers = new TreeSet<>();
            for (int port : boundaries(acl, rng)) {
                answers.add(acl.allows(egress, protocol, port, address, key));
            }
            if (acl.sameForEveryPort(egress, protocol, address, key)) {
                assertEquals(1, answers.size(), acl + " " + egress + " " + protocol + " " + address);
                same++;
            } else {
                differs++;
            }
        }
        assertTrue(same > 300 && differs > 100, same + " the same, " + differs + " not known to be");
    }

    @Test
    void portsOfARuleAreTheOnesItMatches() {
        int[][] rules = {{-1, 5, 4}, {6, 0, 65_535}, {6, -1, 70_000}, {6, 1, 65_535}, {6, 0, 65_534}, {6, 9, 8},
            {6, 70_000, 80_000}, {6, -5, -1}, {17, 53, 53}, {1, -1, -1}, {1, 3, 3}, {50, 0, 0}};
        for (int[] rule : rules) {
            for (int protocol : new int[] {6, 17, 1, 50}) {
                boolean any = false;
                boolean all = true;
                for (int port = 0; port <= 65_535; port++) {
                    boolean matches = RuleMatch.matches(rule[0], rule[1], rule[2], protocol, port);
                    any |= matches;
                    all &= matches;
                }
                int expected = all ? RuleMatch.EVERY_PORT : any ? RuleMatch.SOME_PORTS : RuleMatch.NO_PORT;
                assertEquals(expected, RuleMatch.ports(rule[0], rule[1], rule[2], protocol),
                        Arrays.toString(rule) + " protocol " + protocol);
            }
        }
    }

    /** Every port where some ACL rule's range starts or ends (the answer can change only there), and a few more. */
    private static List<Integer> boundaries(NetworkAcl acl, SplittableRandom rng) {
        TreeSet<Integer> ports = new TreeSet<>(List.of(0, 1, 65_534, 65_535));
        for (NetworkAclEntry entry : acl.entries()) {
            for (int port : new int[] {entry.fromPort() - 1, entry.fromPort(), entry.toPort(), entry.toPort() + 1}) {
                if (port >= 0 && port <= 65_535) {
                    ports.add(port);
                }
            }
        }
        for (int i = 0; i < 8; i++) {
            ports.add(rng.nextInt(0, 65_536));
        }
        return new ArrayList<>(ports);
    }

    private static List<Integer> portsToCheck(Firewall.Side client, Firewall.Side server, SplittableRandom rng) {
        TreeSet<Integer> ports = new TreeSet<>();
        for (Firewall.Side side : new Firewall.Side[] {client, server}) {
            if (side.security() != null) {
                ports.addAll(boundaries(side.security().networkAcl(), rng));
            }
        }
        ports.add(rng.nextInt(0, 65_536));
        return new ArrayList<>(ports);
    }

    private static Firewall.Side side(SplittableRandom rng) {
        String address = ADDRESSES[rng.nextInt(ADDRESSES.length)];
        if (rng.nextInt(4) == 0) {
            return new Firewall.Side(address, null);
        }
        List<SecurityGroup> groups = groups(rng);
        NetworkAcl acl = rng.nextInt(3) == 0 ? NetworkAcl.ALLOW_ALL : acl(rng);
        if (rng.nextBoolean()) {
            // Requests that get through make the reply's ACL checks matter: an open group, a last allow-all rule.
            groups.add(OPEN);
            List<NetworkAclEntry> entries = new ArrayList<>(acl.entries());
            // A first rule on TCP's ephemeral ports, as real ACLs have for replies: the reply then depends on the port.
            entries.add(new NetworkAclEntry(1, rng.nextBoolean(), 6, 1024, 65_535, "0.0.0.0/0", rng.nextBoolean()));
            entries.add(new NetworkAclEntry(32_766, false, -1, 0, 65_535, "0.0.0.0/0", true));
            entries.add(new NetworkAclEntry(32_766, true, -1, 0, 65_535, "0.0.0.0/0", true));
            acl = new NetworkAcl("acl-open", entries);
        }
        return new Firewall.Side(address, new InterfaceSecurity(SUBNETS[rng.nextInt(SUBNETS.length)], groups, acl));
    }

    private static NetworkAcl acl(SplittableRandom rng) {
        List<NetworkAclEntry> entries = new ArrayList<>();
        int count = rng.nextInt(0, 6);
        for (int e = 0; e < count; e++) {
            int[] range = portRange(rng);
            entries.add(new NetworkAclEntry(rng.nextInt(1, 32_767), rng.nextBoolean(),
                    PROTOCOLS[rng.nextInt(PROTOCOLS.length)], range[0], range[1], BLOCKS[rng.nextInt(BLOCKS.length)],
                    rng.nextBoolean()));
        }
        return new NetworkAcl("acl-" + count, entries);
    }

    private static List<SecurityGroup> groups(SplittableRandom rng) {
        List<SecurityGroup> groups = new ArrayList<>();
        int count = rng.nextInt(0, 3);
        for (int g = 0; g < count; g++) {
            groups.add(new SecurityGroup(GROUP_IDS[rng.nextInt(GROUP_IDS.length)], rules(rng), rules(rng)));
        }
        return groups;
    }

    private static List<SecurityGroupRule> rules(SplittableRandom rng) {
        List<SecurityGroupRule> rules = new ArrayList<>();
        int count = rng.nextInt(0, 4);
        for (int r = 0; r < count; r++) {
            int[] range = portRange(rng);
            boolean byGroup = rng.nextInt(3) == 0;
            rules.add(new SecurityGroupRule(PROTOCOLS[rng.nextInt(PROTOCOLS.length)], range[0], range[1],
                    byGroup ? null : BLOCKS[rng.nextInt(BLOCKS.length)],
                    byGroup ? GROUP_IDS[rng.nextInt(GROUP_IDS.length)] : null));
        }
        return rules;
    }

    /** Half of all ranges are every port, as allow-all rules are; the rest one port or a random span. */
    private static int[] portRange(SplittableRandom rng) {
        if (rng.nextBoolean()) {
            return new int[] {0, 65_535};
        }
        int from = rng.nextInt(0, 65_536);
        return new int[] {from, rng.nextBoolean() ? from : rng.nextInt(from, 65_536)};
    }

    /** The decision as the reference describes it, every rule walked through the records' own checks. */
    private static Firewall.Verdict walked(Firewall.Side client, Firewall.Side server, int protocol, int clientPort,
                                           int serverPort) {
        InterfaceSecurity from = client.security();
        InterfaceSecurity to = server.security();
        boolean sameSubnet = from != null && to != null && from.subnetId() != null
                && from.subnetId().equals(to.subnetId());
        boolean leavesClient = from == null || (admits(from, true, protocol, serverPort, server.address(), to)
                && (sameSubnet || aclAllows(from.networkAcl(), true, protocol, serverPort, server.address())));
        Action requestAtClient = recorded(from, leavesClient);
        if (!leavesClient) {
            return new Firewall.Verdict(requestAtClient, null, null, null);
        }
        boolean entersServer = to == null
                || ((sameSubnet || aclAllows(to.networkAcl(), false, protocol, serverPort, client.address()))
                && admits(to, false, protocol, serverPort, client.address(), from));
        Action requestAtServer = recorded(to, entersServer);
        if (!entersServer) {
            return new Firewall.Verdict(requestAtClient, requestAtServer, null, null);
        }
        boolean replyLeavesServer = to == null || sameSubnet
                || aclAllows(to.networkAcl(), true, protocol, clientPort, client.address());
        Action replyAtServer = recorded(to, replyLeavesServer);
        if (!replyLeavesServer) {
            return new Firewall.Verdict(requestAtClient, requestAtServer, replyAtServer, null);
        }
        boolean replyEntersClient = from == null || sameSubnet
                || aclAllows(from.networkAcl(), false, protocol, clientPort, server.address());
        return new Firewall.Verdict(requestAtClient, requestAtServer, replyAtServer,
                recorded(from, replyEntersClient));
    }

    private static boolean admits(InterfaceSecurity security, boolean egress, int protocol, int port, String peer,
                                  InterfaceSecurity other) {
        long key = Cidr.addressKey(peer);
        for (SecurityGroup group : security.groups()) {
            for (SecurityGroupRule rule : egress ? group.egress() : group.ingress()) {
                if (rule.admits(protocol, port, peer, key, other)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean aclAllows(NetworkAcl acl, boolean egress, int protocol, int port, String remote) {
        for (NetworkAclEntry entry : acl.entries()) {
            if (entry.egress() == egress && entry.matches(protocol, port, remote)) {
                return entry.allow();
            }
        }
        return false;
    }

    private static Action recorded(InterfaceSecurity security, boolean allowed) {
        return security == null ? null : allowed ? Action.ACCEPT : Action.REJECT;
    }
}
