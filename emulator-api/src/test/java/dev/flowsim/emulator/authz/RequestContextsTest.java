package dev.flowsim.emulator.authz;

import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.iam.RequestContext;
import dev.flowsim.emulator.identity.Caller;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A context reused from the previous request must still carry this request's keys. */
class RequestContextsTest {

    static final Principal SESSION = Principal.assumedRole(
            "arn:aws:sts::000000000000:assumed-role/DeliveryRole/s", "arn:aws:iam::000000000000:role/DeliveryRole",
            "AROAEXAMPLE:s");
    static final Caller CALLER = new Caller(SESSION, "ASIAEXAMPLE", null, null, null, null);
    static final AccessCheck PUT = new AccessCheck("logs:PutLogEvents", "arn:aws:logs:us-east-2:000000000000:log-group:g");
    static final Instant T0 = Instant.parse("2026-11-27T12:00:00.250Z");

    static Call call(Caller caller, String region, Instant now, String sourceIp) {
        return new Call("r", "logs", "PutLogEvents", region, caller, now, null, null, sourceIp);
    }

    @Test
    void theSameCallerInTheSameSecondSharesOneContext() {
        RequestContext first = RequestContexts.build(call(CALLER, "us-east-2", T0, "127.0.0.1"), PUT, "000000000000");
        RequestContext second = RequestContexts.build(call(CALLER, "us-east-2", T0.plusMillis(700), "127.0.0.1"), PUT,
                "000000000000");
        assertSame(first, second);
    }

    @Test
    void everyKeyFollowsTheRequestItCameWith() {
        RequestContexts.build(call(CALLER, "us-east-2", T0, "127.0.0.1"), PUT, "000000000000");

        RequestContext later = RequestContexts.build(call(CALLER, "us-east-2", T0.plusSeconds(1), "127.0.0.1"), PUT,
                "000000000000");
        assertEquals(Optional.of("2026-11-27T12:00:01Z"), later.value("aws:CurrentTime"));

        RequestContext elsewhere = RequestContexts.build(call(CALLER, "eu-west-1", T0.plusSeconds(1), "127.0.0.1"),
                PUT, "000000000000");
        assertEquals(Optional.of("eu-west-1"), elsewhere.value("aws:RequestedRegion"));

        RequestContext otherIp = RequestContexts.build(call(CALLER, "eu-west-1", T0.plusSeconds(1), "10.0.0.9"), PUT,
                "000000000000");
        assertEquals(Optional.of("10.0.0.9"), otherIp.value("aws:SourceIp"));

        RequestContext otherAccount = RequestContexts.build(call(CALLER, "eu-west-1", T0.plusSeconds(1), "10.0.0.9"),
                PUT, "111111111111");
        assertEquals(Optional.of("111111111111"), otherAccount.value("aws:ResourceAccount"));

        Principal user = Principal.user("arn:aws:iam::000000000000:user/u", "AIDAEXAMPLE");
        RequestContext otherCaller = RequestContexts.build(call(new Caller(user, "AKIAEXAMPLE", null, null, null,
                null), "eu-west-1", T0.plusSeconds(1), "10.0.0.9"), PUT, "111111111111");
        assertEquals(Optional.of("arn:aws:iam::000000000000:user/u"), otherCaller.value("aws:PrincipalArn"));

        AccessCheck withKeys = new AccessCheck("logs:TagResource", "arn:aws:logs:us-east-2:000000000000:log-group:g",
                Map.of("aws:TagKeys", List.of("team")));
        RequestContext operationKeys = RequestContexts.build(call(new Caller(user, "AKIAEXAMPLE", null, null, null,
                null), "eu-west-1", T0.plusSeconds(1), "10.0.0.9"), withKeys, "111111111111");
        assertEquals(List.of("team"), operationKeys.values("aws:TagKeys"));
    }
}
