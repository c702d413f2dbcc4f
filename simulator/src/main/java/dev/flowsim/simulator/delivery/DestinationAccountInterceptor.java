package dev.flowsim.simulator.delivery;

import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Names the log group's account on a CloudWatch Logs call of a flow log that delivers across accounts (flowsim's
 * cross-account delivery [U]). CreateLogStream and PutLogEvents carry no account on the wire, so this header stands
 * in for the service's own path; it is added before signing, and the emulator believes it only from role sessions
 * the Flow Logs service assumed.
 */
public final class DestinationAccountInterceptor implements ExecutionInterceptor {

    public static final String DESTINATION_ACCOUNT_HEADER = "x-flowsim-destination-account";

    static final ExecutionAttribute<String> DESTINATION_ACCOUNT =
            new ExecutionAttribute<>("dev.flowsim.simulator.DestinationAccount");

    /** The per-request override that sends one call to the target's log-group account, when that is another. */
    public static AwsRequestOverrideConfiguration.Builder tag(AwsRequestOverrideConfiguration.Builder builder,
                                                              DeliveryTarget target) {
        return target.crossAccount() ? builder.putExecutionAttribute(DESTINATION_ACCOUNT, target.logGroupAccountId())
                : builder;
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context,
                                            ExecutionAttributes executionAttributes) {
        String account = executionAttributes.getAttribute(DESTINATION_ACCOUNT);
        if (account == null) {
            return context.httpRequest();
        }
        return context.httpRequest().toBuilder().putHeader(DESTINATION_ACCOUNT_HEADER, account).build();
    }
}
