package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.record.TrafficType;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsRequest;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DestinationAccountInterceptorTest {

    private static final SdkHttpRequest LOGS_POST = SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST).protocol("http").host("127.0.0.1").port(4566).encodedPath("/")
            .putHeader("X-Amz-Target", "Logs_20140328.PutLogEvents")
            .build();
    private static final DeliveryTarget OWN = new DeliveryTarget("fl-1", "arn:aws:ec2:us-east-2:000000000000:"
            + "vpc-flow-log/fl-1", "000000000000", "us-east-2", "g", "arn:aws:iam::000000000000:role/r",
            TrafficType.ALL);
    private static final DeliveryTarget FOREIGN = new DeliveryTarget("fl-1", OWN.flowLogArn(), "000000000000",
            "us-east-2", "g", OWN.roleArn(), TrafficType.ALL, "111122223333");

    private final DestinationAccountInterceptor interceptor = new DestinationAccountInterceptor();

    @Test
    void namesTheDestinationAccountOnlyForACrossAccountTarget() {
        assertEquals(Optional.of("111122223333"), headerFor(FOREIGN));
        assertFalse(headerFor(OWN).isPresent(), "same-account delivery sends nothing new on the wire");
    }

    private Optional<String> headerFor(DeliveryTarget target) {
        PutLogEventsRequest request = PutLogEventsRequest.builder()
                .overrideConfiguration(o -> DestinationAccountInterceptor.tag(o, target)).build();
        ExecutionAttributes attributes = new ExecutionAttributes();
        request.overrideConfiguration().orElseThrow().executionAttributes().getAttributes()
                .forEach((key, value) -> copy(attributes, key, value));
        return interceptor.modifyHttpRequest(context(request), attributes)
                .firstMatchingHeader(DestinationAccountInterceptor.DESTINATION_ACCOUNT_HEADER);
    }

    @SuppressWarnings("unchecked")
    private static <T> void copy(ExecutionAttributes into, software.amazon.awssdk.core.interceptor.ExecutionAttribute<T>
            key, Object value) {
        into.putAttribute(key, (T) value);
    }

    private static Context.ModifyHttpRequest context(SdkRequest request) {
        return new Context.ModifyHttpRequest() {
            @Override
            public SdkHttpRequest httpRequest() {
                return LOGS_POST;
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
                return request;
            }
        };
    }
}
