package dev.flowsim.emulator.ec2.topology;

import dev.flowsim.emulator.ec2.NetworkInterface;
import dev.flowsim.emulator.ec2.RegionNetwork;
import dev.flowsim.emulator.ec2.SecurityGroup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Topology files: what they build, and the mistakes they are refused for, each named. */
class TopologyLoaderTest {

    static final String JSON = """
            {"accounts":[{"accountId":"111122223333","regions":[{"region":"eu-west-1","vpcs":[{
              "name":"prod","cidrBlock":"10.1.0.0/16",
              "securityGroups":[{"name":"app","ingress":[{"protocol":"tcp","fromPort":8080,"toPort":8080,"group":"app"}]}],
              "networkAcls":[{"name":"private","inbound":[{"ruleNumber":100,"protocol":"-1","cidr":"10.1.0.0/16","action":"allow"}],
                              "outbound":[{"ruleNumber":100,"protocol":"-1","cidr":"10.1.0.0/16","action":"allow"}]}],
              "subnets":[{"name":"a","cidrBlock":"10.1.1.0/24","availabilityZone":"eu-west-1b","networkAcl":"private"}],
              "networkInterfaces":[
                {"name":"app-1","subnet":"a","privateIpAddress":"10.1.1.10","securityGroups":["app"]},
                {"name":"nat","subnet":"a","privateIpAddress":"10.1.1.20","publicIpAddress":"198.51.100.7","interfaceType":"nat_gateway"},
                {"name":"nlb","subnet":"a","privateIpAddress":"10.1.1.30","publicIpAddress":"198.51.100.8","interfaceType":"network_load_balancer",
                 "workload":{"servicePorts":[443]}}]}]}]}]}""";

    private static TopologyConfigException refused(String json) {
        return assertThrows(TopologyConfigException.class, () -> ConfiguredTopology.of(TopologyLoader.fromJson(json)));
    }

    @Test
    void aFileBuildsTheNetworkWithDerivedStableIds() {
        RegionNetwork net = ConfiguredTopology.of(TopologyLoader.fromJson(JSON)).network("111122223333", "eu-west-1");
        assertEquals(1, net.vpcs().size());
        assertEquals("euw1-az2", net.subnets().get(0).availabilityZoneId());
        NetworkInterface app = net.networkInterfaces().get(0);
        assertTrue(app.instanceId().startsWith("i-"));
        SecurityGroup group = net.securityGroup(app.groupIds().get(0)).orElseThrow();
        assertEquals(List.of(group.groupId()), group.ingress().get(0).groupIds(), "a group may admit its own members");
        NetworkInterface nat = net.networkInterfaces().get(1);
        assertNull(nat.instanceId(), "service interfaces have no instance");
        assertTrue(nat.requesterManaged());
        assertEquals(List.of(), nat.groupIds(), "NAT gateways have no security groups");
        assertTrue(nat.description().matches("Interface for NAT Gateway nat-[0-9a-f]{17}"), nat.description());
        NetworkInterface nlb = net.networkInterfaces().get(2);
        assertNull(nlb.instanceId());
        assertTrue(nlb.description().matches("ELB net/nlb/[0-9a-f]{16}"), nlb.description());
        assertEquals(List.of(443), nlb.workload().servicePorts());
        assertEquals("default", net.securityGroup(nlb.groupIds().get(0)).orElseThrow().groupName());
        assertEquals(2, net.networkAcls().size(), "the VPC's default ACL and 'private'");
        assertEquals(net.networkAcls().get(1).networkAclId(), net.networkAclOf(app.subnetId()).orElseThrow()
                .networkAclId());
        assertEquals(net, ConfiguredTopology.of(TopologyLoader.fromJson(JSON)).network("111122223333", "eu-west-1"),
                "the same file gives the same ids");
        assertEquals(RegionNetwork.EMPTY, ConfiguredTopology.of(TopologyLoader.fromJson(JSON))
                .network("111122223333", "us-east-1"));
    }

    @Test
    void yamlIsReadLikeJson() {
        String yaml = """
                accounts:
                  - accountId: "111122223333"
                    regions:
                      - region: eu-west-1
                        vpcs:
                          - {name: v, cidrBlock: 10.9.0.0/16, subnets: [{name: s, cidrBlock: 10.9.0.0/24}]}
                """;
        assertEquals(1, ConfiguredTopology.of(TopologyLoader.fromYaml(yaml)).network("111122223333", "eu-west-1")
                .subnets().size());
    }

    @Test
    void unknownKeysAreErrorsThatNameTheKeyAndWhereItIs() {
        TopologyConfigException e = assertThrows(TopologyConfigException.class, () -> TopologyLoader.fromJson(
                JSON.replace("\"cidrBlock\":\"10.1.0.0/16\"", "\"cidrBlock\":\"10.1.0.0/16\",\"cidr\":\"x\"")));
        assertTrue(e.getMessage().startsWith("unknown key 'cidr' in accounts[0].regions[0].vpcs[0]; known keys: "),
                e.getMessage());
        assertTrue(assertThrows(TopologyConfigException.class, () -> TopologyLoader.fromYaml("bad: 1"))
                .getMessage().startsWith("unknown key 'bad' in the top level"));
    }

    @Test
    void brokenReferencesAndAddressesAreRefusedWithTheReason() {
        assertTrue(refused(JSON.replace("\"securityGroups\":[\"app\"]", "\"securityGroups\":[\"web\"]")).getMessage()
                .contains("no security group named 'web'"));
        assertTrue(refused(JSON.replace("10.1.1.10", "10.1.2.10")).getMessage().contains("not a usable address"));
        assertTrue(refused(JSON.replace("10.1.1.10", "10.1.1.1")).getMessage().contains("reserves"));
        assertTrue(refused(JSON.replace("10.1.1.0/24", "10.2.1.0/24")).getMessage().contains("not inside the VPC"));
        assertTrue(refused(JSON.replace("\"networkAcl\":\"private\"", "\"networkAcl\":\"public\""))
                .getMessage().contains("no network ACL named 'public'"));
        assertTrue(refused(JSON.replace("\"action\":\"allow\"}],\n", "\"action\":\"permit\"}],\n"))
                .getMessage().contains("'allow' or 'deny'"));
        assertTrue(refused(JSON.replace("111122223333", "1111")).getMessage().contains("12 digits"));
        assertTrue(refused(JSON.replace("\"fromPort\":8080,", "")).getMessage().contains("need fromPort and toPort"));
        assertTrue(refused(JSON.replace("10.1.1.20", "10.1.1.10")).getMessage().contains("already in use"));
    }

    @Test
    void serviceInterfacesAreRefusedWhatTheServiceCannotHave() {
        assertTrue(refused(JSON.replace("\"publicIpAddress\":\"198.51.100.7\",", "")).getMessage()
                .contains("needs its Elastic IP as publicIpAddress"));
        assertTrue(refused(JSON.replace("\"interfaceType\":\"nat_gateway\"",
                "\"interfaceType\":\"nat_gateway\",\"securityGroups\":[\"app\"]")).getMessage()
                .contains("NAT gateways have no security groups"));
        assertTrue(refused(JSON.replace("\"interfaceType\":\"nat_gateway\"",
                "\"interfaceType\":\"nat_gateway\",\"instanceId\":\"i-0123456789abcdef0\"")).getMessage()
                .contains("attached to no instance"));
        assertTrue(refused(JSON.replace("\"interfaceType\":\"nat_gateway\"",
                "\"interfaceType\":\"nat_gateway\",\"workload\":{\"role\":\"web\"}")).getMessage()
                .contains("runs no workload role; remove workload"));
        assertTrue(refused(JSON.replace("{\"servicePorts\":[443]}", "{\"role\":\"web\",\"servicePorts\":[443]}"))
                .getMessage().contains("give only servicePorts (listener ports) and volume"));
    }
}
