package dev.flowsim.simulator.security;

import dev.flowsim.simulator.record.Action;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Security groups are stateful, network ACLs stateless: the reference's examples (2.6) and their neighbours. */
class FirewallTest {

    private static final int ICMP = 1;
    private static final int TCP = 6;
    private static final String INTERNET_HOST = "203.0.113.12";
    private static final String INSTANCE = "172.31.16.139";

    private static final SecurityGroup ALLOW_PING = new SecurityGroup("sg-ping",
            List.of(new SecurityGroupRule(ICMP, -1, -1, "0.0.0.0/0", null)),
            List.of(new SecurityGroupRule(-1, 0, 65_535, "0.0.0.0/0", null)));
    private static final SecurityGroup NOTHING_IN = new SecurityGroup("sg-closed", List.of(),
            List.of(new SecurityGroupRule(-1, 0, 65_535, "0.0.0.0/0", null)));
    private static final NetworkAcl ICMP_IN_ONLY = new NetworkAcl("acl-in-only", List.of(
            new NetworkAclEntry(100, false, ICMP, 0, 0, "0.0.0.0/0", true)));

    private static Firewall.Side instance(SecurityGroup group, NetworkAcl acl) {
        return new Firewall.Side(INSTANCE, new InterfaceSecurity("subnet-1", List.of(group), acl));
    }

    private static Firewall.Side internet() {
        return new Firewall.Side(INTERNET_HOST, null);
    }

    @Test
    void pingAdmittedByTheGroupButWhoseReplyTheAclRefusesIsAcceptThenReject() {
        Firewall.Verdict v = Firewall.decide(internet(), instance(ALLOW_PING, ICMP_IN_ONLY), ICMP, 0, 0);
        assertEquals(Action.ACCEPT, v.requestAtServer(), "inbound echo request");
        assertEquals(Action.REJECT, v.replyAtServer(), "outbound echo reply: the ACL is stateless");
        assertNull(v.requestAtClient(), "the internet host is not recorded");
    }

    @Test
    void pingWithTheAclAllowingBothWaysIsTwoAccepts() {
        Firewall.Verdict v = Firewall.decide(internet(), instance(ALLOW_PING, NetworkAcl.ALLOW_ALL), ICMP, 0, 0);
        assertEquals(Action.ACCEPT, v.requestAtServer());
        assertEquals(Action.ACCEPT, v.replyAtServer());
    }

    @Test
    void aGroupThatRefusesTheRequestLeavesOneRejectAndNoReply() {
        Firewall.Verdict v = Firewall.decide(internet(), instance(NOTHING_IN, NetworkAcl.ALLOW_ALL), ICMP, 0, 0);
        assertEquals(Action.REJECT, v.requestAtServer());
        assertNull(v.replyAtServer());
        assertNull(v.replyAtClient());
    }

    @Test
    void theGroupLetsRepliesOutWithoutAnEgressRuleButTheAclJudgesThemOnTheirOwnPorts() {
        SecurityGroup webNoEgress = new SecurityGroup("sg-web",
                List.of(new SecurityGroupRule(TCP, 443, 443, "0.0.0.0/0", null)), List.of());
        NetworkAcl noEphemeralOut = new NetworkAcl("acl-web", List.of(
                new NetworkAclEntry(100, false, TCP, 443, 443, "0.0.0.0/0", true),
                new NetworkAclEntry(100, true, TCP, 443, 443, "0.0.0.0/0", true)));
        Firewall.Verdict stateful = Firewall.decide(internet(), instance(webNoEgress, NetworkAcl.ALLOW_ALL), TCP,
                50_000, 443);
        assertEquals(Action.ACCEPT, stateful.replyAtServer(), "no egress rule needed for a reply");
        Firewall.Verdict stateless = Firewall.decide(internet(), instance(webNoEgress, noEphemeralOut), TCP,
                50_000, 443);
        assertEquals(Action.ACCEPT, stateless.requestAtServer());
        assertEquals(Action.REJECT, stateless.replyAtServer(), "reply to port 50000 matches no outbound ACL rule");
    }

    @Test
    void aclRulesApplyInNumberOrderAndTheFirstMatchWins() {
        NetworkAcl acl = new NetworkAcl("acl-1", List.of(
                new NetworkAclEntry(200, false, -1, 0, 65_535, "0.0.0.0/0", true),
                new NetworkAclEntry(100, false, TCP, 22, 22, "198.51.100.0/24", false)));
        assertFalse(acl.allows(false, TCP, 22, "198.51.100.7"), "rule 100 denies before rule 200 allows");
        assertTrue(acl.allows(false, TCP, 22, "192.0.2.1"));
        assertFalse(acl.allows(true, TCP, 22, "192.0.2.1"), "no outbound rule: the implicit * rule denies");
    }

    @Test
    void trafficWithinOneSubnetIsNotFilteredByItsAclButByTheGroups() {
        NetworkAcl denyAll = new NetworkAcl("acl-deny", List.of());
        SecurityGroup db = new SecurityGroup("sg-db",
                List.of(new SecurityGroupRule(TCP, 5432, 5432, null, "sg-app")), List.of());
        SecurityGroup app = new SecurityGroup("sg-app", List.of(),
                List.of(new SecurityGroupRule(-1, 0, 65_535, "0.0.0.0/0", null)));
        Firewall.Side appSide = new Firewall.Side("10.0.1.20", new InterfaceSecurity("subnet-1", List.of(app), denyAll));
        Firewall.Side dbSide = new Firewall.Side("10.0.1.30", new InterfaceSecurity("subnet-1", List.of(db), denyAll));
        Firewall.Verdict v = Firewall.decide(appSide, dbSide, TCP, 41_000, 5432);
        assertEquals(List.of(Action.ACCEPT, Action.ACCEPT, Action.ACCEPT, Action.ACCEPT),
                List.of(v.requestAtClient(), v.requestAtServer(), v.replyAtServer(), v.replyAtClient()),
                "the group admits members of sg-app; the ACL is not on the path");
        Firewall.Verdict reverse = Firewall.decide(dbSide, appSide, TCP, 41_000, 22);
        assertEquals(Action.REJECT, reverse.requestAtClient(), "sg-db has no egress rule: the db cannot call out");
    }

    @Test
    void cidrBlocksMatchByPrefix() {
        assertTrue(Cidr.parse("10.0.0.0/16").contains("10.0.255.1"));
        assertFalse(Cidr.parse("10.0.0.0/16").contains("10.1.0.1"));
        assertTrue(Cidr.parse("0.0.0.0/0").contains("8.8.8.8"));
        assertTrue(Cidr.parse("::/0").contains("2001:db8::1"));
        assertFalse(Cidr.parse("::/0").contains("8.8.8.8"));
        assertEquals("10.0.0.2", Cidr.ipv4(Cidr.parse("10.0.0.0/16").network() + 2));
    }
}
