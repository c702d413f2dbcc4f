package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.iamapi.IamService;
import dev.flowsim.emulator.iamapi.QueryCalls;
import dev.flowsim.emulator.identity.Caller;
import dev.flowsim.emulator.identity.CredentialStore;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.AwsService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** STS over fresh IAM state; roles are created through the IAM API by user alice of {@link QueryCalls#ACCOUNT}. */
final class StsApi {

    static final long SEED = 11;
    static final String TRUST_ACCOUNT = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"]}]}";

    final IamState iam = new IamState();
    final CredentialStore credentials = new CredentialStore();
    final AssumedSessions sessions = new AssumedSessions();
    final AwsService service = StsService.create(iam, credentials, new IdSource(SEED), sessions);
    final AwsService iamApi = IamService.create(iam, new IdSource(3), credentials);
    final Caller alice = QueryCalls.user(QueryCalls.ACCOUNT, "alice");

    /** Creates role {@code name} under {@code path}, trusting the account, with the given maximum session. */
    Role createRole(String name, String path, int maxSessionSeconds) {
        QueryCalls.handle(iamApi, QueryCalls.call("iam", "CreateRole", alice, QueryCalls.NOW, "RoleName", name,
                "Path", path, "AssumeRolePolicyDocument", TRUST_ACCOUNT,
                "MaxSessionDuration", Integer.toString(maxSessionSeconds)));
        return iam.role(QueryCalls.ACCOUNT, name).orElseThrow();
    }

    XmlElement assume(Caller caller, Instant now, String... params) {
        return QueryCalls.handle(service, QueryCalls.call("sts", "AssumeRole", caller, now, params));
    }

    XmlElement assume(String... params) {
        return assume(alice, QueryCalls.NOW, params);
    }

    List<AccessCheck> checks(Caller caller, String... params) {
        return QueryCalls.checks(service, QueryCalls.call("sts", "AssumeRole", caller, QueryCalls.NOW, params));
    }

    AwsException fails(String code, int status, String message, String... params) {
        return QueryCalls.expectError(code, status, message, () -> assume(params));
    }

    /** Parameters naming {@code roleArn} and session {@code sessionName}, followed by {@code more}. */
    static String[] params(String roleArn, String sessionName, String... more) {
        List<String> all = new ArrayList<>(List.of("RoleArn", roleArn, "RoleSessionName", sessionName));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    static String xml(XmlElement result) {
        return result.toDocument(StsService.NAMESPACE);
    }
}
