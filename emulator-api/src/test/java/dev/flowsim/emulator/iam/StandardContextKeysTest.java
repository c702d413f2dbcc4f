package dev.flowsim.emulator.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The global condition keys AWS adds to every request (reference section 7). */
class StandardContextKeysTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00.750Z");

    @Test
    void roleSessionReportsTheRoleArnNotTheSessionArn() {
        Principal session = Principal.assumedRole("arn:aws:sts::111122223333:assumed-role/FlowLogsRole/fl-1",
                "arn:aws:iam::111122223333:role/service/FlowLogsRole", "AROAEXAMPLEFLOWLOGS01:fl-1");

        RequestContext keys = StandardContextKeys.of(session, "us-east-2", NOW).build();

        assertEquals(Optional.of("arn:aws:iam::111122223333:role/service/FlowLogsRole"), keys.value("aws:PrincipalArn"));
        assertEquals(Optional.of("111122223333"), keys.value("aws:PrincipalAccount"));
        assertEquals(Optional.of("AssumedRole"), keys.value("aws:PrincipalType"));
        assertEquals(Optional.of("AROAEXAMPLEFLOWLOGS01:fl-1"), keys.value("aws:userid"));
        assertEquals(Optional.of("us-east-2"), keys.value("aws:RequestedRegion"));
        assertEquals(Optional.of("2025-06-01T12:00:00Z"), keys.value("aws:CurrentTime"));
        assertEquals(Optional.of("1748779200"), keys.value("aws:EpochTime"));
        assertEquals(Optional.of("false"), keys.value("aws:PrincipalIsAWSService"));
        assertFalse(keys.contains("aws:username"), "aws:username exists for IAM users only");
    }

    @Test
    void userCarriesItsName() {
        RequestContext keys = StandardContextKeys.of(
                Principal.user("arn:aws:iam::111122223333:user/ops/alice", "AIDAEXAMPLEALICE00001"), "us-east-1", NOW)
                .build();

        assertEquals(Optional.of("alice"), keys.value("AWS:USERNAME"), "key names are case-insensitive");
        assertEquals(Optional.of("User"), keys.value("aws:PrincipalType"));
    }

    @Test
    void rootIsTheAccount() {
        RequestContext keys = StandardContextKeys.of(Principal.root("111122223333"), "us-east-1", NOW).build();

        assertEquals(Optional.of("Account"), keys.value("aws:PrincipalType"));
        assertEquals(Optional.of("111122223333"), keys.value("aws:userid"));
        assertEquals(Optional.of("arn:aws:iam::111122223333:root"), keys.value("aws:PrincipalArn"));
    }

    @Test
    void servicePrincipalCarriesItsNameAndSource() {
        RequestContext keys = StandardContextKeys.of(Principal.service("vpc-flow-logs.amazonaws.com"), "us-east-1", NOW,
                "111122223333", "arn:aws:ec2:us-east-1:111122223333:vpc-flow-log/fl-1").put("sts:ExternalId", "x").build();

        assertEquals(Optional.of("vpc-flow-logs.amazonaws.com"), keys.value("aws:PrincipalServiceName"));
        assertEquals(Optional.of("true"), keys.value("aws:PrincipalIsAWSService"));
        assertEquals(Optional.of("111122223333"), keys.value("aws:SourceAccount"));
        assertEquals(Optional.of("arn:aws:ec2:us-east-1:111122223333:vpc-flow-log/fl-1"), keys.value("aws:SourceArn"));
        assertEquals(List.of("x"), keys.values("sts:externalid"));
        assertFalse(keys.contains("aws:PrincipalArn"));
    }

    @Test
    void sourceKeysAreRefusedForCallersThatAreNotServices() {
        Principal alice = Principal.user("arn:aws:iam::111122223333:user/alice", "AIDAEXAMPLEALICE00001");

        assertThrows(IllegalArgumentException.class,
                () -> StandardContextKeys.of(alice, "us-east-1", NOW, "111122223333", null));
    }
}
