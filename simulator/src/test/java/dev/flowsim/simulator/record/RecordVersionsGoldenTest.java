package dev.flowsim.simulator.record;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pins the text of each record-format version's fields, for a flow and for an idle interface. */
class RecordVersionsGoldenTest {

    private static final InterfaceMetadata WEB = new InterfaceMetadata("123456789010", "eni-1235b8ca123456789",
            "vpc-0abc0123456789def", "subnet-0123abcd4567ef890", "i-0c50d5961bcb2d47b", "eu-west-1", "euw1-az2",
            null, null, null, null, Map.of("instance-tag", "web-1"));
    private static final InterfaceMetadata APP = new InterfaceMetadata("123456789010", "eni-0aaa0aaa0aaa0aaa0",
            "vpc-0abc0123456789def", "subnet-0456abcd4567ef890", "i-0d0d0d0d0d0d0d0d0", "eu-west-1", "euw1-az1",
            null, null, null, null, Map.of());
    private static final FiveTuple CALL = new FiveTuple("10.0.1.10", "10.0.2.20", 49761, 8080, FiveTuple.TCP);
    private static final FlowRecord EGRESS = FlowRecord.ok(WEB, CALL, 20, 4249, 1718530010, 1718530070,
            Action.ACCEPT, 3, new FlowDetail(FlowDirection.EGRESS, 1, "10.0.1.10", "10.0.2.20", null, null, APP,
                    null, null));
    private static final FlowRecord S3_REPLY = FlowRecord.ok(WEB,
            new FiveTuple("52.216.8.9", "10.0.1.10", 443, 50100, FiveTuple.TCP), 30, 41_000, 1718530011,
            1718530040, Action.ACCEPT, 19, new FlowDetail(FlowDirection.INGRESS, null, "52.216.8.9", "10.0.1.10",
                    "S3", null, null, null, null));
    private static final FlowRecord IDLE = FlowRecord.noData(WEB, 1718530000, 1718530059);

    private static String render(String fields, FlowRecord record) {
        String format = Arrays.stream(fields.split(" ")).map(f -> "${" + f + "}").collect(Collectors.joining(" "));
        return RecordFormat.parse(format).render(record);
    }

    @Test
    void version3AddsVpcSubnetInstanceFlagsTypeAndPacketAddresses() {
        String fields = "version vpc-id subnet-id instance-id interface-id srcaddr dstaddr pkt-srcaddr pkt-dstaddr "
                + "tcp-flags type";
        assertEquals("3 vpc-0abc0123456789def subnet-0123abcd4567ef890 i-0c50d5961bcb2d47b eni-1235b8ca123456789 "
                + "10.0.1.10 10.0.2.20 10.0.1.10 10.0.2.20 3 IPv4", render(fields, EGRESS));
        assertEquals("3 vpc-0abc0123456789def subnet-0123abcd4567ef890 i-0c50d5961bcb2d47b eni-1235b8ca123456789 "
                + "- - - - - -", render(fields, IDLE));
    }

    @Test
    void version4AddsRegionAndZoneIdAndDashesOutsideSublocations() {
        assertEquals("4 eu-west-1 euw1-az2 - - OK",
                render("version region az-id sublocation-type sublocation-id log-status", EGRESS));
    }

    @Test
    void version5AddsDirectionPathAndAwsServices() {
        String fields = "version flow-direction traffic-path pkt-src-aws-service pkt-dst-aws-service srcaddr";
        assertEquals("5 egress 1 - - 10.0.1.10", render(fields, EGRESS));
        assertEquals("5 ingress - S3 - 52.216.8.9", render(fields, S3_REPLY));
        assertEquals("5 - - - - -", render(fields, IDLE));
    }

    @Test
    void version7EcsFieldsAreDashesWithoutEcsTasks() {
        assertEquals("7 - - - - - - - - - - ACCEPT", render("version ecs-cluster-arn ecs-cluster-name "
                + "ecs-container-instance-arn ecs-container-instance-id ecs-container-id ecs-second-container-id "
                + "ecs-service-name ecs-task-definition-arn ecs-task-arn ecs-task-id action", EGRESS));
    }

    @Test
    void version8RejectReasonIsDashForSecurityGroupAndAclRejects() {
        FlowRecord refused = FlowRecord.ok(WEB, CALL, 2, 120, 1718530010, 1718530012, Action.REJECT, 2,
                FlowDetail.plain(CALL, FlowDirection.EGRESS, 1));
        assertEquals("8 REJECT -", render("version action reject-reason", refused));
    }

    @Test
    void versions9To11ResourceEncryptionTagsTypeAndNextHop() {
        assertEquals("9 -", render("version resource-id", EGRESS));
        assertEquals("10 -", render("version encryption-status", EGRESS));
        assertEquals("11 web-1 - - - eni-0aaa0aaa0aaa0aaa0 subnet-0456abcd4567ef890 euw1-az1 vpc-0abc0123456789def -",
                render("version instance-tag interface-tag asg-tag interface-type next-hop-interface-id "
                        + "next-hop-subnet-id next-hop-az-id next-hop-vpc-id next-hop-interface-type", EGRESS));
        assertEquals("11 - - - - -", render("version next-hop-interface-id next-hop-subnet-id next-hop-az-id "
                + "next-hop-vpc-id next-hop-interface-type", S3_REPLY));
    }

    @Test
    void theVersionIsTheHighestAmongTheSelectedFields() {
        assertEquals(2, RecordFormat.parse("${srcaddr} ${dstaddr}").version());
        assertEquals(4, RecordFormat.parse("${srcaddr} ${vpc-id} ${az-id} ${dstaddr}").version());
        assertEquals(5, RecordFormat.parse("${traffic-path} ${version}").version());
        assertEquals(8, RecordFormat.parse("${reject-reason} ${ecs-task-id}").version());
        assertEquals(11, RecordFormat.parse("${next-hop-vpc-id}").version());
        assertEquals("3 3", render("version tcp-flags", EGRESS));
    }

    @Test
    void ipv6FlowsAreTypedIpv6() {
        FiveTuple v6 = new FiveTuple("2001:db8::10", "2001:db8::20", 40000, 443, FiveTuple.TCP);
        FlowRecord record = FlowRecord.ok(WEB, v6, 1, 80, 0, 0, Action.ACCEPT, 2, null);
        assertEquals("IPv6 2001:db8::10 2001:db8::20", render("type pkt-srcaddr pkt-dstaddr", record));
    }

    @Test
    void aFlagCombinationThatCannotBeComputedIsADash() {
        FlowRecord odd = FlowRecord.ok(WEB, CALL, 1, 60, 0, 0, Action.ACCEPT, TcpFlags.NOT_COMPUTED, null);
        assertEquals("-", render("tcp-flags", odd));
    }
}
