package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.identity.Caller;
import dev.flowsim.emulator.identity.CredentialStore;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.AwsService;
import dev.flowsim.emulator.service.Call;

import java.util.List;

/** An IAM API over fresh state, called by user alice of {@link QueryCalls#ACCOUNT}. */
final class IamApi {

    static final String FLOW_LOGS_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"vpc-flow-logs.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    static final String FLOW_LOGS_TRUST_ENCODED = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B"
            + "%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22Service%22%3A%22vpc-flow-logs.amazonaws.com%22%7D"
            + "%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D";
    static final String DELIVER = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":[\"logs:CreateLogStream\",\"logs:PutLogEvents\"],\"Resource\":\"*\"}]}";
    static final long SEED = 7;

    final IamState state = new IamState();
    final CredentialStore credentials = new CredentialStore();
    final AwsService service = IamService.create(state, new IdSource(SEED), credentials);
    final Caller alice = QueryCalls.user(QueryCalls.ACCOUNT, "alice");

    Call call(String operation, String... params) {
        return QueryCalls.call("iam", operation, alice, QueryCalls.NOW, params);
    }

    XmlElement run(String operation, String... params) {
        return QueryCalls.handle(service, call(operation, params));
    }

    List<AccessCheck> checks(String operation, String... params) {
        return QueryCalls.checks(service, call(operation, params));
    }

    AwsException fails(String code, int status, String message, String operation, String... params) {
        return QueryCalls.expectError(code, status, message, () -> run(operation, params));
    }

    /** Creates a role trusted by the Flow Logs service. */
    XmlElement createRole(String name) {
        return run("CreateRole", "RoleName", name, "AssumeRolePolicyDocument", FLOW_LOGS_TRUST);
    }

    static String xml(XmlElement result) {
        return result.toDocument(IamService.NAMESPACE);
    }
}
