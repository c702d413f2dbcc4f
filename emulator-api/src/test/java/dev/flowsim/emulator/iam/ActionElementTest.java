package dev.flowsim.emulator.iam;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Actions match case-insensitively, exactly or by wildcard; alternating actions never changes an answer. */
class ActionElementTest {

    @Test
    void answersStayExactWhenActionsAlternate() {
        ActionElement action = new ActionElement(List.of("logs:Put*", "ec2:DescribeVpcs"), false);
        ActionElement notAction = new ActionElement(List.of("logs:Put*"), true);
        for (int round = 0; round < 3; round++) {
            assertEquals(true, action.covers("logs:PutLogEvents"));
            assertEquals(true, action.covers("LOGS:putlogevents"));
            assertEquals(false, action.covers("logs:CreateLogStream"));
            assertEquals(true, action.covers("ec2:DescribeVpcs"));
            assertEquals(false, notAction.covers("logs:PutLogEvents"));
            assertEquals(true, notAction.covers("logs:CreateLogStream"));
        }
    }

    @Test
    void everyPatternShapeMatchesAsTheWildcardRulesSay() {
        record Case(String pattern, String action, boolean covered) {
        }
        List<Case> cases = List.of(
                new Case("*", "logs:PutLogEvents", true),
                new Case("*", "", true),
                new Case("logs:PutLogEvents", "logs:PutLogEvents", true),
                new Case("logs:PutLogEvents", "Logs:PUTLOGEVENTS", true),
                new Case("logs:PutLogEvents", "logs:PutLogEvent", false),
                new Case("logs:PutLogEvents", "logs:PutLogEventsX", false),
                new Case("logs:PutLogEvents", "logs:PutLogEventX", false),
                new Case("logs:Put*", "logs:Put", true),
                new Case("logs:Put*", "LOGS:PUTRETENTIONPOLICY", true),
                new Case("logs:Put*", "logs:Pu", false),
                new Case("logs:Put*", "ec2:PutThing", false),
                new Case("logs:*", "logs:CreateLogStream", true),
                new Case("logs:*", "logsx:CreateLogStream", false),
                new Case("iam:*RolePolicy", "iam:PutRolePolicy", true),
                new Case("iam:*RolePolicy", "IAM:getrolepolicy", true),
                new Case("iam:*RolePolicy", "iam:PutUserPolicy", false),
                new Case("logs:Put?ogEvents", "logs:PutLogEvents", true),
                new Case("logs:Put?ogEvents", "logs:PutogEvents", false),
                new Case("*:Describe*", "ec2:DescribeVpcs", true),
                new Case("", "", true),
                new Case("", "logs:PutLogEvents", false));
        for (Case c : cases) {
            assertEquals(c.covered(), new ActionElement(List.of(c.pattern()), false).covers(c.action()),
                    c.pattern() + " against " + c.action());
            assertEquals(!c.covered(), new ActionElement(List.of(c.pattern()), true).covers(c.action()),
                    "NotAction " + c.pattern() + " against " + c.action());
        }
    }
}
