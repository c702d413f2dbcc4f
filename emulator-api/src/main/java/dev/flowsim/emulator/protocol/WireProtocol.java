package dev.flowsim.emulator.protocol;

import dev.flowsim.emulator.auth.ProtocolFamily;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;

/**
 * One AWS wire protocol: how a request names its operation and carries its input, and the exact shape of success
 * and error responses. The only place where service results and {@link AwsException}s become bytes.
 */
public interface WireProtocol {

    ProtocolFamily family();

    /** The operation the request asks for, or throws the protocol's unknown-operation error. */
    String operationName(WireRequest request);

    /** The decoded input: a Jackson tree for JSON, {@link QueryParams} for the Query protocols. */
    Object decodeInput(WireRequest request);

    WireResponse success(String operation, Object result, String requestId);

    WireResponse error(AwsException error, String requestId);
}
