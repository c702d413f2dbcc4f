package dev.flowsim.emulator.ec2;

/**
 * One numbered rule of a network ACL.
 *
 * @param fromPort null when the rule covers all ports (all protocols, ICMP)
 */
public record NetworkAclEntry(int ruleNumber, boolean egress, int protocol, boolean allow, String cidrBlock,
                              Integer fromPort, Integer toPort) {

    /** The implicit last rule of every ACL, shown by DescribeNetworkAcls as rule 32767. */
    public static final int CATCH_ALL_RULE = 32_767;
}
