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
}
