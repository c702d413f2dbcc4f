package dev.flowsim.emulator.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Action, ARN and principal matching as IAM does it (reference section 2). */
class MatchersTest {

    private static final Principal SESSION = Principal.assumedRole(
            "arn:aws:sts::111122223333:assumed-role/FlowLogsRole/FlowLogsDelivery",
            "arn:aws:iam::111122223333:role/FlowLogsRole", "AROAEXAMPLEFLOWLOGS01:FlowLogsDelivery");

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
            "logs:PutLogEvents, logs:PutLogEvents, true",
            "LOGS:putlogevents, logs:PutLogEvents, true",
            "logs:Put*, logs:PutLogEvents, true",
            "logs:Put, logs:PutLogEvents, false",
            "logs:*Events, logs:GetLogEvents, true",
            "iam:*RolePolicy, iam:UpdateAssumeRolePolicy, true",
            "logs:Put?ogEvents, logs:PutLogEvents, true",
            "logs:Put?Events, logs:PutLogEvents, false",
            "*, ec2:CreateFlowLogs, true",
            "logs:*, ec2:CreateFlowLogs, false"})
    void actions(String pattern, String action, boolean matches) {
        assertEquals(matches, ActionPattern.compile(pattern).matches(action));
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
            "*, arn:aws:logs:us-east-1:111122223333:log-group:g, true",
            "arn:aws:logs:us-east-1:111122223333:log-group:g, arn:aws:logs:us-east-1:111122223333:log-group:g, true",
            "arn:aws:logs:us-east-1:111122223333:log-group:g, arn:aws:logs:us-east-1:111122223333:log-group:g:log-stream:s, false",
            "arn:aws:logs:us-east-1:111122223333:log-group:g:*, arn:aws:logs:us-east-1:111122223333:log-group:g:log-stream:s, true",
            "arn:aws:logs:us-east-1:111122223333:log-group:g*, arn:aws:logs:us-east-1:111122223333:log-group:g, true",
            "arn:aws:logs:us-east-1:111122223333:log-group:g:*, arn:aws:logs:us-east-1:111122223333:log-group:g, false",
            "arn:aws:logs:*:111122223333:log-group:g, arn:aws:logs:eu-west-1:111122223333:log-group:g, true",
            "arn:aws:logs:*:log-group:g, arn:aws:logs:eu-west-1:111122223333:log-group:g, false",
            "arn:aws:logs:us-east-?:111122223333:*, arn:aws:logs:us-east-2:111122223333:log-group:g, true",
            "arn:aws:logs:us-east-1:111122223333:log-group:G, arn:aws:logs:us-east-1:111122223333:log-group:g, false",
            "arn:aws:logs:us-east-1:111122223333:log-group:g, *, false"})
    void resources(String pattern, String arn, boolean matches) {
        assertEquals(matches, ArnPattern.compile(pattern, true, false).matches(arn, RequestContext.empty()));
    }

    @Test
    void resourcePartVariablesAreSplitAroundTheirOwnColon() {
        ArnPattern pattern = ArnPattern.compile("arn:aws:logs:us-east-1:111122223333:log-group:${aws:username}:*",
                true, false);
        RequestContext alice = RequestContext.builder().put("aws:username", "alice").build();

        assertTrue(pattern.matches("arn:aws:logs:us-east-1:111122223333:log-group:alice:log-stream:s", alice));
        assertFalse(pattern.matches("arn:aws:logs:us-east-1:111122223333:log-group:alice:log-stream:s",
                RequestContext.empty()), "an unfillable variable matches nothing");
    }

    @Test
    void variablesAreLiteralTextWhenDisabled() {
        PatternTemplate literal = PatternTemplate.compile("${aws:username}", false, false);

        assertTrue(literal.matches("${aws:username}", RequestContext.empty(), false));
    }

    @Test
    void principalsMatchAsResourcePoliciesRead() {
        assertEquals(PrincipalMatch.DIRECT, principal(List.of("arn:aws:iam::111122223333:role/FlowLogsRole")).match(SESSION),
                "a role ARN covers its sessions");
        assertEquals(PrincipalMatch.DIRECT,
                principal(List.of("arn:aws:sts::111122223333:assumed-role/FlowLogsRole/FlowLogsDelivery")).match(SESSION));
        assertEquals(PrincipalMatch.NONE,
                principal(List.of("arn:aws:sts::111122223333:assumed-role/FlowLogsRole/Other")).match(SESSION),
                "a session ARN covers only that session");
        assertEquals(PrincipalMatch.ACCOUNT, principal(List.of("111122223333")).match(SESSION));
        assertEquals(PrincipalMatch.ACCOUNT, principal(List.of("arn:aws:iam::111122223333:root")).match(SESSION));
        assertEquals(PrincipalMatch.NONE, principal(List.of("444455556666")).match(SESSION));
        assertEquals(PrincipalMatch.DIRECT, principal(List.of("AROAEXAMPLEFLOWLOGS01")).match(SESSION),
                "IAM stores trusted roles by unique id");
        assertEquals(PrincipalMatch.NONE, principal(List.of("111122223333"))
                .match(Principal.service("vpc-flow-logs.amazonaws.com")), "an account never matches a service");
    }

    @Test
    void servicePrincipalsMatchServiceEntriesAndEveryone() {
        Principal service = Principal.service("vpc-flow-logs.amazonaws.com");
        PrincipalElement services = new PrincipalElement(false, false, List.of(),
                List.of("ec2.amazonaws.com", "vpc-flow-logs.amazonaws.com"), List.of(), List.of());
        PrincipalElement everyone = new PrincipalElement(false, true, List.of("*"), List.of(), List.of(), List.of());

        assertEquals(PrincipalMatch.DIRECT, services.match(service));
        assertEquals(PrincipalMatch.DIRECT, everyone.match(service));
    }

    @Test
    void notPrincipalCoversEveryoneNotListed() {
        PrincipalElement notRole = new PrincipalElement(true, false,
                List.of("arn:aws:iam::111122223333:role/FlowLogsRole"), List.of(), List.of(), List.of());

        assertEquals(PrincipalMatch.NONE, notRole.match(SESSION));
        assertEquals(PrincipalMatch.DIRECT, notRole.match(Principal.user("arn:aws:iam::111122223333:user/alice", "AIDA1")));
    }

    @Test
    void accountEntriesAreRecognisedExactlyAsTheirPatternSays() {
        List<String> entries = List.of("111122223333", "11112222333", "1111222233334", "11112222333x",
                "arn:aws:iam::111122223333:root", "arn:aws-cn:iam::111122223333:root",
                "arn:aws-us-gov:iam::111122223333:root", "arn::iam::111122223333:root", "arn:AWS:iam::111122223333:root",
                "arn:aws:iam::111122223333:rootx", "arn:aws:iam::11112222333x:root", "arn:aws:sts::111122223333:root",
                "arn:aws:iam::111122223333:user/root", "xarn:aws:iam::111122223333:root", "arn:a:b:iam::111122223333:root",
                "arn:aws:iam:x:111122223333:root", "arn:aws:iam::444455556666:root", ":root", "");
        for (String entry : entries) {
            for (String account : List.of("111122223333", "444455556666", "11112222333")) {
                assertEquals(account.equals(PrincipalElement.accountOf(entry)),
                        PrincipalElement.namesAccount(entry, account), entry + " names " + account);
            }
        }
    }

    private static PrincipalElement principal(List<String> aws) {
        return new PrincipalElement(false, false, aws, List.of(), List.of(), List.of());
    }
}
