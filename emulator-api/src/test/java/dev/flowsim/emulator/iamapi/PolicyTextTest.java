package dev.flowsim.emulator.iamapi;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PolicyTextTest {

    @Test
    void encodesAsRfc3986LeavingOnlyUnreservedCharacters() {
        assertEquals("%7B%22Resource%22%3A%20%22arn%3Aaws%3Alogs%3A%2A%3A%2A%3Alog-group%3A%2Faws%2Fvpc_1.x~%22%7D",
                PolicyText.urlEncode("{\"Resource\": \"arn:aws:logs:*:*:log-group:/aws/vpc_1.x~\"}"));
    }

    @Test
    void encodesLineBreaksTabsAndNonAsciiAsUtf8() {
        assertEquals("%0A%09%C3%A9%2B", PolicyText.urlEncode("\n\té+"));
    }
}
