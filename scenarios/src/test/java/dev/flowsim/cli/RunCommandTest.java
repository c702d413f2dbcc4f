package dev.flowsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code flowsim run} and {@code flowsim scenarios}: exit codes, the summary and the machine-readable reports. */
class RunCommandTest {

    @TempDir
    Path dir;

    private record Outcome(int exit, String out, String err) {
    }

    private static Outcome cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            return new Outcome(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private Path write(String name, String yaml) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        Files.writeString(dir.resolve("trust.json"), """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                 "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole"}]}""");
        return file;
    }

    private static final String NO_PERMISSIONS = """
            name: no-permissions
            description: a role without any permissions policy
            duration: 2m
            delivery: {delay: 1m}
            roles: [{name: R, trust: {file: trust.json}}]
            logGroups: [{name: g}]
            flowLogs: [{name: main, logGroup: g, role: R}]
            expectations:
              - flowLogStatus: {flowLog: main, status: SUCCESS}
            """;

    @Test
    void aFailedExpectationExitsOneAndIsInTheReports() throws Exception {
        Path file = write("s.yaml", NO_PERMISSIONS);
        Path json = dir.resolve("r.json");
        Path junit = dir.resolve("r.xml");
        Outcome run = cli("run", file.toString(), "--report-json", json.toString(), "--junit-xml", junit.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("FAILED  no-permissions"), run.out());
        assertTrue(run.out().contains("[FAIL] flow log main at the end: DeliverLogsStatus SUCCESS"), run.out());
        assertTrue(run.out().contains("observed: DeliverLogsStatus FAILED, \"Access error\""), run.out());
        assertTrue(run.out().contains("[balanced]"), run.out());
        assertTrue(Files.readString(json).contains("\"passed\" : false"));
        String xml = Files.readString(junit);
        assertTrue(xml.contains("<testsuite name=\"flowsim.no-permissions\"") && xml.contains("<failure"), xml);
    }

    @Test
    void teachingModeLetsTheDeniedCallsThroughAndSaysWhy() throws Exception {
        Path file = write("s.yaml", NO_PERMISSIONS);
        Outcome run = cli("run", "--teaching", file.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("teaching mode let"), run.out());
        assertTrue(run.out().contains("logs:PutLogEvents by arn:aws:sts::000000000000:assumed-role/R/"), run.out());
        assertTrue(run.out().contains("Fix: Add logs:PutLogEvents"), run.out());
    }

    @Test
    void validateReportsFileLineAndColumnAndExitsTwo() throws Exception {
        Path file = write("bad.yaml", NO_PERMISSIONS.replace("duration: 2m", "duration: 2m\nspeed: 3"));
        Outcome v = cli("scenarios", "validate", file.toString());
        assertEquals(2, v.exit());
        assertTrue(v.err().contains(file + ":4:1: unknown key 'speed'; expected one of: accounts, clock,"), v.err());
        Outcome ok = cli("scenarios", "validate", write("ok.yaml", NO_PERMISSIONS).toString());
        assertEquals(0, ok.exit(), ok.err());
    }

    @Test
    void listShowsTheCatalogueWithExplanations() {
        Outcome list = cli("scenarios", "list");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("log-group-arn-star-trap"), list.out());
        assertTrue(list.out().contains("AWS shows:"), list.out());
    }
}
