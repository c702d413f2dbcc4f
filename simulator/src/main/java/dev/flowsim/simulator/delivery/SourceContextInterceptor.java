package dev.flowsim.simulator.delivery;

import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Adds the flowsim source headers to an STS request that carries a {@link SourceContext} in its per-request
 * override configuration. {@code modifyHttpRequest} runs before signing, so the headers are covered by the
 * signature, which is what makes the emulator trust them.
 */
public final class SourceContextInterceptor implements ExecutionInterceptor {

    public static final String SOURCE_ACCOUNT_HEADER = "x-flowsim-source-account";
    public static final String SOURCE_ARN_HEADER = "x-flowsim-source-arn";

    static final ExecutionAttribute<SourceContext> SOURCE_CONTEXT =
            new ExecutionAttribute<>("dev.flowsim.simulator.SourceContext");

    /** The per-request override that tags one AssumeRole call with its source. */
    public static AwsRequestOverrideConfiguration.Builder tag(AwsRequestOverrideConfiguration.Builder builder,
                                                              SourceContext source) {
        return builder.putExecutionAttribute(SOURCE_CONTEXT, source);
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context,
                                            ExecutionAttributes executionAttributes) {
        SourceContext source = executionAttributes.getAttribute(SOURCE_CONTEXT);
        if (source == null) {
            return context.httpRequest();
        }
        return context.httpRequest().toBuilder()
                .putHeader(SOURCE_ACCOUNT_HEADER, source.sourceAccount())
                .putHeader(SOURCE_ARN_HEADER, source.sourceArn())
                .build();
    }
}
