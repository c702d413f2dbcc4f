package dev.flowsim.emulator.ec2;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.protocol.Ec2Protocol;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateFlowLogsResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.ec2.model.LogDestinationType;
import software.amazon.awssdk.services.ec2.model.Tag;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.flowsim.emulator.ec2.Ec2TestSupport.ACCOUNT;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.GROUP;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.NOW;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.ROLE_ARN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handlers behind the EC2 protocol on a plain HTTP socket, driven by the AWS SDK for Java v2: proves that what
 * the SDK serialises is what the handlers read, and that what they answer parses into the SDK's model objects.
 * (Authentication and IAM are the pipeline's business and are not involved here.)
 */
class Ec2SdkWireTest {

    private final Ec2World world = new Ec2World();
    private final Ec2Protocol protocol = new Ec2Protocol();
    private HttpServer server;
    private Ec2Client ec2;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
        ec2 = Ec2Client.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    @AfterEach
    void stop() {
        ec2.close();
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        exchange.getRequestHeaders().forEach((k, vs) -> vs.forEach(v -> headers.add(Map.entry(k, v))));
        WireRequest request = new WireRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, exchange.getRequestBody().readAllBytes(),
                "127.0.0.1");
        String operation = protocol.operationName(request);
        WireResponse response;
        try {
            QueryParams params = (QueryParams) protocol.decodeInput(request);
            Object result = world.handler(operation)
                    .handle(Ec2TestSupport.callWith(ACCOUNT, "us-east-1", NOW, operation, params));
            response = protocol.success(operation, result, "req-1");
        } catch (AwsException e) {
            response = protocol.error(e, "req-1");
        }
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(response.status(), response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    @Test
    void theSdkCreatesDescribesAndDeletesAFlowLog() {
        CreateFlowLogsResponse created = ec2.createFlowLogs(b -> b.resourceType(FlowLogsResourceType.VPC)
                .resourceIds(world.vpcId).trafficType("ALL").logGroupName(GROUP)
                .deliverLogsPermissionArn(ROLE_ARN).clientToken("tok-sdk")
                .tagSpecifications(t -> t.resourceType("vpc-flow-log").tags(Tag.builder().key("team").value("net")
                        .build())));
        assertEquals(1, created.flowLogIds().size());
        assertTrue(created.unsuccessful().isEmpty());
        assertEquals("tok-sdk", created.clientToken());

        FlowLog flowLog = ec2.describeFlowLogs(b -> b.filter(f -> f.name("resource-id").values(world.vpcId)))
                .flowLogs().get(0);
        assertEquals(created.flowLogIds().get(0), flowLog.flowLogId());
        assertEquals(NOW.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), flowLog.creationTime());
        assertEquals(software.amazon.awssdk.services.ec2.model.TrafficType.ALL, flowLog.trafficType());
        assertEquals(LogDestinationType.CLOUD_WATCH_LOGS, flowLog.logDestinationType());
        assertEquals(600, flowLog.maxAggregationInterval());
        assertEquals(LogFormats.DEFAULT_FORMAT, flowLog.logFormat());
        assertEquals(List.of(Tag.builder().key("team").value("net").build()), flowLog.tags());
        assertEquals("SUCCESS", flowLog.deliverLogsStatus());

        assertTrue(ec2.deleteFlowLogs(b -> b.flowLogIds(flowLog.flowLogId())).unsuccessful().isEmpty());
        assertTrue(ec2.describeFlowLogs().flowLogs().isEmpty());
    }

    @Test
    void theSdkReadsUnsuccessfulItemsAndErrors() {
        CreateFlowLogsResponse r = ec2.createFlowLogs(b -> b.resourceType(FlowLogsResourceType.VPC)
                .resourceIds("vpc-0123456789abcdef0").trafficType("ALL").logGroupName(GROUP)
                .deliverLogsPermissionArn(ROLE_ARN));
        assertEquals("InvalidVpcID.NotFound", r.unsuccessful().get(0).error().code());
        assertEquals("vpc-0123456789abcdef0", r.unsuccessful().get(0).resourceId());

        Ec2Exception e = assertThrows(Ec2Exception.class, () -> ec2.createFlowLogs(b -> b
                .resourceType(FlowLogsResourceType.VPC).resourceIds(world.vpcId).trafficType("ALL")
                .logGroupName(GROUP).logDestination("arn:aws:logs:us-east-1:000000000000:log-group:x")
                .deliverLogsPermissionArn(ROLE_ARN)));
        assertEquals("InvalidParameter", e.awsErrorDetails().errorCode());
        assertEquals("Please only provide LogGroupName or only provide LogDestination.",
                e.awsErrorDetails().errorMessage());
        assertEquals(400, e.statusCode());
        assertEquals("req-1", e.requestId());
    }

    @Test
    void theSdkPaginatorWalksEveryPage() {
        for (int i = 0; i < 7; i++) {
            world.createVpcFlowLog("LogGroupName", "group-" + i);
        }
        List<String> seen = ec2.describeFlowLogsPaginator(b -> b.maxResults(5)).flowLogs().stream()
                .map(FlowLog::flowLogId).toList();
        assertEquals(world.store.all().stream().map(dev.flowsim.emulator.ec2.FlowLog::flowLogId).toList(), seen);
    }

    @Test
    void theSdkFindsTheBuiltInNetwork() {
        assertEquals(world.vpcId, ec2.describeVpcs().vpcs().get(0).vpcId());
        assertEquals("use1-az1", ec2.describeSubnets(b -> b.subnetIds(world.subnetId)).subnets().get(0)
                .availabilityZoneId());
        var enis = ec2.describeNetworkInterfaces(b -> b.filters(f -> f.name("vpc-id").values(world.vpcId)))
                .networkInterfaces();
        assertEquals(3, enis.size());
        assertEquals("10.0.1.10", enis.get(0).privateIpAddress());
        assertEquals(world.network.networkInterfaces().get(0).instanceId(), enis.get(0).attachment().instanceId());
    }

    @Test
    void aDryRunReachesTheSdkAsDryRunOperation() {
        Ec2Exception e = assertThrows(Ec2Exception.class, () -> ec2.describeFlowLogs(b -> b.dryRun(true)));
        assertEquals("DryRunOperation", e.awsErrorDetails().errorCode());
        assertEquals(412, e.statusCode());
    }
}
