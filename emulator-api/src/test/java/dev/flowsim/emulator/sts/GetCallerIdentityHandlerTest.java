package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.iamapi.QueryCalls;
import dev.flowsim.emulator.identity.Caller;
import org.junit.jupiter.api.Test;

import static dev.flowsim.emulator.iamapi.QueryCalls.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GetCallerIdentityHandlerTest {

    private final StsApi sts = new StsApi();

    private String identityOf(Caller caller) {
        return StsApi.xml(QueryCalls.handle(sts.service, QueryCalls.call("sts", "GetCallerIdentity", caller, NOW)));
    }

    @Test
    void answersTheCallersArnUserIdAndAccount() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<GetCallerIdentityResult "
                        + "xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                        + "<Arn>arn:aws:iam::111122223333:user/alice</Arn><UserId>AIDAEXAMPLEALICE</UserId>"
                        + "<Account>111122223333</Account></GetCallerIdentityResult>\n",
                identityOf(sts.alice));
    }

    @Test
    void aSessionIsReportedByItsSessionArnAndRoleIdWithSessionName() {
        Caller session = QueryCalls.session("arn:aws:iam::444455556666:role/svc/Deliver", "AROAEXAMPLEROLEID0001",
                "fl-1", "ASIAEXAMPLE");

        String xml = identityOf(session);

        assertTrue(xml.contains("<Arn>arn:aws:sts::444455556666:assumed-role/Deliver/fl-1</Arn>"
                + "<UserId>AROAEXAMPLEROLEID0001:fl-1</UserId><Account>444455556666</Account>"), xml);
    }

    @Test
    void theRootUserIsItsAccount() {
        assertTrue(identityOf(QueryCalls.root("111122223333")).contains("<Arn>arn:aws:iam::111122223333:root</Arn>"
                + "<UserId>111122223333</UserId><Account>111122223333</Account>"));
    }

    @Test
    void needsNoPermissionAtAll() {
        assertTrue(QueryCalls.checks(sts.service, QueryCalls.call("sts", "GetCallerIdentity", sts.alice, NOW))
                .isEmpty());
    }
}
