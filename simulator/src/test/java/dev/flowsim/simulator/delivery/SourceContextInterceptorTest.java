package dev.flowsim.simulator.delivery;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SourceContextInterceptorTest {

    private static final SdkHttpRequest STS_POST = SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST).protocol("http").host("127.0.0.1").port(4566).encodedPath("/")
            .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .build();

    private final SourceContextInterceptor interceptor = new SourceContextInterceptor();

    @Test
    void addsTheSourceHeadersWhenTheRequestCarriesASourceContext() {
        ExecutionAttributes attributes = new ExecutionAttributes();
        attributes.putAttribute(SourceContextInterceptor.SOURCE_CONTEXT, new SourceContext("000000000000",
                "arn:aws:ec2:us-east-2:000000000000:vpc-flow-log/fl-0a1b2c3d4e5f60718"));
        SdkHttpRequest modified = interceptor.modifyHttpRequest(context(STS_POST), attributes);
        assertEquals(Optional.of("000000000000"), modified.firstMatchingHeader("x-flowsim-source-account"));
        assertEquals(Optional.of("arn:aws:ec2:us-east-2:000000000000:vpc-flow-log/fl-0a1b2c3d4e5f60718"),
                modified.firstMatchingHeader("x-flowsim-source-arn"));
        assertEquals(STS_POST.headers().get("Content-Type"), modified.headers().get("Content-Type"));
    }

    @Test
    void leavesOtherRequestsAlone() {
        SdkHttpRequest untouched = interceptor.modifyHttpRequest(context(STS_POST), new ExecutionAttributes());
        assertFalse(untouched.firstMatchingHeader("x-flowsim-source-arn").isPresent());
    }

    @Test
    void theTagTravelsInThePerRequestOverride() {
        SourceContext source = new SourceContext("000000000000", "arn:aws:ec2:us-east-2:000000000000:vpc-flow-log/x");
        AssumeRoleRequest request = AssumeRoleRequest.builder()
                .overrideConfiguration(o -> SourceContextInterceptor.tag(o, source)).build();
        assertEquals(source, request.overrideConfiguration().orElseThrow().executionAttributes()
                .getAttribute(SourceContextInterceptor.SOURCE_CONTEXT));
    }

    private static Context.ModifyHttpRequest context(SdkHttpRequest http) {
        return new Context.ModifyHttpRequest() {
            @Override
            public SdkHttpRequest httpRequest() {
                return http;
            }

            @Override
            public Optional<RequestBody> requestBody() {
                return Optional.empty();
            }

            @Override
            public Optional<AsyncRequestBody> asyncRequestBody() {
                return Optional.empty();
            }

            @Override
            public SdkRequest request() {
                return AssumeRoleRequest.builder().build();
            }
        };
    }
}
