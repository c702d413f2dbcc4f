package dev.flowsim.benchmarks;

import dev.flowsim.emulator.protocol.XmlElement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** Rendering a typical Query response: the cost every IAM, STS and EC2 answer pays. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class XmlEscapeBenchmark {

    @Benchmark
    public String assumeRoleResponse() {
        XmlElement result = XmlElement.of("AssumeRoleResult");
        XmlElement creds = result.child("Credentials");
        creds.add("AccessKeyId", "ASIAEXAMPLE0000000001").add("SecretAccessKey", "secret/with+chars&<>")
                .add("SessionToken", "FwoGZXIvYXdzE".repeat(8)).add("Expiration", "2026-01-15T11:00:00Z");
        result.child("AssumedRoleUser").add("Arn", "arn:aws:sts::000000000000:assumed-role/FlowLogsRole/fl-1")
                .add("AssumedRoleId", "AROAEXAMPLE:fl-1");
        return result.toDocument("https://sts.amazonaws.com/doc/2011-06-15/");
    }
}
