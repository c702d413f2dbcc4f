package dev.flowsim.emulator.service;

import java.util.List;

/**
 * One AWS operation. The pipeline calls {@link #accessChecks} to learn what IAM must allow, asks IAM, and only then
 * calls {@link #handle}. Input validation happens in {@code handle}; handlers throw
 * {@link dev.flowsim.emulator.error.AwsException} and never catch it.
 *
 * @param <R> the result type of the service's protocol: a JSON object for JSON 1.1 services, an XML element for the
 *            Query services (the protocol wraps it in the response envelope)
 */
public interface OperationHandler<R> {

    /** The AWS operation name, e.g. {@code PutLogEvents}. */
    String name();

    /** What IAM must allow for this call. An empty list means the operation needs no authorization. */
    List<AccessCheck> accessChecks(Call call);

    /** Runs the operation. May return null for operations whose output is empty. */
    R handle(Call call);
}
