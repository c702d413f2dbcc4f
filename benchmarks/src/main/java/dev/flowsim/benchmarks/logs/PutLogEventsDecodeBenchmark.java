package dev.flowsim.benchmarks.logs;

import dev.flowsim.emulator.logs.LogsLimits;
import dev.flowsim.emulator.logs.LogsService;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.protocol.WireProtocol;
import dev.flowsim.emulator.wire.WireRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Decoding a maximum-size PutLogEvents body (7,500 flow-log lines, about 1.1 MB of JSON): the streaming decode the
 * emulator uses, against building a Jackson tree (the path it replaced). Reported per event.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class PutLogEventsDecodeBenchmark {

    private static final int EVENTS = LogStoreBenchmark.BATCH;

    private WireProtocol protocol;
    private WireRequest request;
    private byte[] body;

    @Setup
    public void prepare() {
        protocol = LogsService.create(new LogStore(), LogsLimits.defaults()).protocol();
        StringBuilder json = new StringBuilder("{\"logGroupName\":\"/aws/vpc/flow-logs\",\"logStreamName\":"
                + "\"eni-0a1b2c3d4e5f6a7b8-all\",\"logEvents\":[");
        for (int i = 0; i < EVENTS; i++) {
            json.append(i == 0 ? "" : ",").append("{\"timestamp\":1735732800000,\"message\":\"2 123456789012 "
                    + "eni-0a1b2c3d4e5f6a7b8 10.0.").append(i % 250).append('.').append(i % 199)
                    .append(" 10.1.7.17 ").append(1024 + i).append(" 443 6 7 4311 1735732800 1735732860 ACCEPT OK\"}");
        }
        body = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        request = new WireRequest("POST", "/", "",
                List.of(Map.entry("X-Amz-Target", "Logs_20140328.PutLogEvents")), body, "127.0.0.1");
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Object streamingDecode() {
        return protocol.decodeInput(request);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Object treeDecode() throws IOException {
        return JsonProtocol.MAPPER.readTree(body);
    }
}
