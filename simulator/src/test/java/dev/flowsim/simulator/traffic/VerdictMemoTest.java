package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.InterfaceMetadata;
import dev.flowsim.simulator.security.Firewall;
import dev.flowsim.simulator.security.InterfaceSecurity;
import dev.flowsim.simulator.security.NetworkAcl;
import dev.flowsim.simulator.security.NetworkAclEntry;
import dev.flowsim.simulator.security.SecurityGroup;
import dev.flowsim.simulator.security.SecurityGroupRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An end's remembered filter answers ({@link Endpoint#verdictTo}) are {@link Firewall#decide}'s for every connection,
 * asked again and again in a seeded random order: interfaces with random groups and ACLs (some port-dependent), in
 * one subnet or several, two interfaces at the same address with different filters, resolvers outside the
 * topology, many ports per server (the table grows).
 */
class VerdictMemoTest {

    private static final String[] GROUP_IDS = {"sg-web", "sg-app", "sg-db"};
    private static final String[] BLOCKS = {"0.0.0.0/0", "10.0.0.0/16", "10.0.1.0/24", "10.0.2.0/24", "::/0"};
    private static final int[] PROTOCOLS = {-1, 6, 17, 1};
    private static final SecurityGroupRule ALL = new SecurityGroupRule(-1, 0, 65_535, "0.0.0.0/0", null);

    @Test
    void rememberedVerdictsAreTheFirewallsForEveryConnection() {
        SplittableRandom rng = new SplittableRandom(31);
        int portBound = 0;
        for (int topology = 0; topology < 20; topology++) {
            List<Endpoint> ends = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                // Interfaces 0 and 1 share an address: ends are told apart by identity, not by address.
                String address = "10.0." + (1 + i % 2) + "." + (i == 1 ? 10 : 10 + i);
                ends.add(Endpoint.of(eni("eni-" + topology + "-" + i, address, security(rng))));
            }
            ends.add(Endpoint.lastingExternal("8.8.8.8"));
            ends.add(Endpoint.lastingExternal("203.0.113.7"));
            for (int ask = 0; ask < 3000; ask++) {
                Endpoint client = ends.get(rng.nextInt(12));
                Endpoint server = ends.get(rng.nextInt(ends.size()));
                int protocol = new int[] {6, 17, 1}[rng.nextInt(3)];
                int serverPort = rng.nextInt(4) == 0 ? rng.nextInt(0, 65_536)
                        : new int[] {22, 53, 80, 443, 5432, 8080}[rng.nextInt(6)];
                int clientPort = rng.nextBoolean() ? rng.nextInt(0, 65_536)
                        : new int[] {0, 1023, 1024, 65_535}[rng.nextInt(4)];
                assertTrue(client.lasting() && server.lasting());
                int request = Firewall.request(client.side(), server.side(), protocol, serverPort);
                portBound += Firewall.sameForEveryClientPort(request, client.side(), server.side(), protocol) ? 0 : 1;
                assertEquals(Firewall.decide(client.side(), server.side(), protocol, clientPort, serverPort),
                        client.verdictTo(server, protocol, serverPort, clientPort),
                        client.address() + " -> " + server.address() + " " + protocol + " " + clientPort + " "
                                + serverPort + " ask " + ask);
            }
        }
        assertTrue(portBound > 1000, portBound + " asks whose reply depends on the client's port");
    }

    @Test
    void endsMadeForOneConnectionAreNotLasting() {
        assertFalse(Endpoint.external("8.8.8.8").lasting());
        assertFalse(Endpoint.external(0x08080808L).lasting());
        assertFalse(Endpoint.awsService(0x34D8_0001L, "S3").lasting());
        assertTrue(Endpoint.lastingExternal("8.8.8.8").lasting());
        ConnectionRecorder recorder = new ConnectionRecorder(new Observations(), Gateways.NONE, 1);
        assertTrue(recorder.external("1.1.1.1").lasting());
        assertTrue(recorder.endpoint(eni("eni-0a", "10.0.1.10", null)).lasting());
    }

    private static MonitoredEni eni(String id, String address, InterfaceSecurity security) {
        return new MonitoredEni(InterfaceMetadata.of("123456789012", id), address, null, "10.0.0.0/16", security,
                null);
    }

    private static InterfaceSecurity security(SplittableRandom rng) {
        List<SecurityGroup> groups = new ArrayList<>();
        for (int g = rng.nextInt(1, 3); g > 0; g--) {
            groups.add(new SecurityGroup(GROUP_IDS[rng.nextInt(GROUP_IDS.length)], rules(rng), rules(rng)));
        }
        NetworkAcl acl = rng.nextInt(3) == 0 ? NetworkAcl.ALLOW_ALL : acl(rng);
        if (rng.nextBoolean()) {
            // Requests that get through make the reply's ACL checks matter; a first rule on TCP's ephemeral ports,
            // as real ACLs have for replies, makes the reply depend on the client's port.
            groups.add(new SecurityGroup("sg-open", List.of(ALL), List.of(ALL)));
            List<NetworkAclEntry> entries = new ArrayList<>(acl.entries());
            entries.add(new NetworkAclEntry(1, rng.nextBoolean(), 6, 1024, 65_535, "0.0.0.0/0", rng.nextBoolean()));
            entries.add(new NetworkAclEntry(32_766, false, -1, 0, 65_535, "0.0.0.0/0", true));
            entries.add(new NetworkAclEntry(32_766, true, -1, 0, 65_535, "0.0.0.0/0", true));
            acl = new NetworkAcl("acl-open", entries);
        }
        return new InterfaceSecurity("subnet-" + rng.nextInt(3), groups, acl);
    }

    private static List<SecurityGroupRule> rules(SplittableRandom rng) {
        List<SecurityGroupRule> rules = new ArrayList<>();
        for (int r = rng.nextInt(0, 4); r > 0; r--) {
            int[] range = portRange(rng);
            boolean byGroup = rng.nextInt(3) == 0;
            rules.add(new SecurityGroupRule(PROTOCOLS[rng.nextInt(PROTOCOLS.length)], range[0], range[1],
                    byGroup ? null : BLOCKS[rng.nextInt(BLOCKS.length)],
                    byGroup ? GROUP_IDS[rng.nextInt(GROUP_IDS.length)] : null));
        }
        return rules;
    }

    private static NetworkAcl acl(SplittableRandom rng) {
        List<NetworkAclEntry> entries = new ArrayList<>();
        for (int e = rng.nextInt(1, 6); e > 0; e--) {
            int[] range = portRange(rng);
            entries.add(new NetworkAclEntry(rng.nextInt(1, 32_767), rng.nextBoolean(),
                    PROTOCOLS[rng.nextInt(PROTOCOLS.length)], range[0], range[1], BLOCKS[rng.nextInt(BLOCKS.length)],
                    rng.nextInt(4) != 0));
        }
        return new NetworkAcl("acl-" + entries.size(), entries);
    }

    /** Half of all ranges are every port; the rest the ephemeral range, one port or a random span. */
    private static int[] portRange(SplittableRandom rng) {
        return switch (rng.nextInt(6)) {
            case 0, 1, 2 -> new int[] {0, 65_535};
            case 3 -> new int[] {1024, 65_535};
            case 4 -> new int[] {443, 443};
            default -> {
                int from = rng.nextInt(0, 65_536);
                yield new int[] {from, rng.nextInt(from, 65_536)};
            }
        };
    }
}
