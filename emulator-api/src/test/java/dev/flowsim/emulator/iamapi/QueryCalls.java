package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.identity.Caller;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.AwsService;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Builds Query-protocol calls for handler tests and runs them against a service's operation table. */
public final class QueryCalls {

    public static final String ACCOUNT = "111122223333";
    public static final String OTHER_ACCOUNT = "444455556666";
    public static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private QueryCalls() {
    }

    public static Caller user(String account, String name) {
        Principal user = Principal.user("arn:aws:iam::" + account + ":user/" + name,
                "AIDAEXAMPLE" + name.toUpperCase(java.util.Locale.ROOT));
        return new Caller(user, "test", null, null);
    }

    public static Caller root(String account) {
        return new Caller(Principal.root(account), "test", null, null);
    }

    public static Caller session(String roleArn, String roleId, String sessionName, String accessKeyId) {
        String account = roleArn.split(":")[4];
        String roleName = roleArn.substring(roleArn.lastIndexOf('/') + 1);
        Principal p = Principal.assumedRole("arn:aws:sts::" + account + ":assumed-role/" + roleName + "/" + sessionName,
                roleArn, roleId + ":" + sessionName);
        return new Caller(p, accessKeyId, null, null);
    }

    /** A call of {@code operation} with form parameters given as name, value, name, value, ... */
    public static Call call(String service, String operation, Caller caller, Instant now, String... params) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("Action", operation);
        for (int i = 0; i < params.length; i += 2) {
            form.put(params[i], params[i + 1]);
        }
        return new Call("req-1", service, operation, "us-east-1", caller, now, null, new QueryParams(form),
                "192.0.2.10");
    }

    @SuppressWarnings("unchecked")
    public static OperationHandler<XmlElement> handler(AwsService service, String operation) {
        return (OperationHandler<XmlElement>) service.operation(operation).orElseThrow();
    }

    public static XmlElement handle(AwsService service, Call call) {
        return handler(service, call.operation()).handle(call);
    }

    public static List<AccessCheck> checks(AwsService service, Call call) {
        return handler(service, call.operation()).accessChecks(call);
    }

    /** Runs {@code action}, expects an AwsException with this code, status and message, and returns it. */
    public static AwsException expectError(String code, int status, String message, Executable action) {
        AwsException e = assertThrows(AwsException.class, action);
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(status, e.httpStatus(), e.getMessage());
        assertEquals(message, e.getMessage());
        return e;
    }
}
