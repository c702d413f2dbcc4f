package dev.flowsim.scenario.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.flowsim.scenario.run.Check;
import dev.flowsim.scenario.run.RunResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reports for CI: JSON (everything the summary shows) and JUnit XML (a suite per run, a test per expectation). */
public final class MachineReports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MachineReports() {
    }

    public static void writeJson(Path file, List<RunResult> results) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("passed", results.stream().allMatch(RunResult::passed));
        body.put("runs", results.stream().map(MachineReports::asMap).toList());
        Files.writeString(file, JSON.writeValueAsString(body), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> asMap(RunResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", r.scenario());
        m.put("file", r.file());
        m.put("variant", r.variant());
        m.put("passed", r.passed());
        m.put("seed", r.seed());
        m.put("simulatedStart", r.simulatedStart());
        m.put("simulatedEnd", r.simulatedEnd());
        m.put("windowsDelivered", r.windowsDelivered());
        m.put("records", r.totals());
        m.put("recordsByFlowLog", r.byFlowLog());
        m.put("balanced", r.totals().isBalanced());
        m.put("expectations", r.checks());
        m.put("faultsFired", r.faultsFired());
        m.put("teachingDenials", r.teachingDenials());
        m.put("errors", r.errors());
        m.put("wallMillis", r.wallMillis());
        return m;
    }

    public static void writeJunit(Path file, List<RunResult> results) throws IOException {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
        for (RunResult r : results) {
            long failures = r.checks().stream().filter(c -> !c.passed()).count();
            x.append("  <testsuite name=\"").append(esc("flowsim." + r.title())).append("\" tests=\"")
                    .append(r.checks().size() + (r.errors().isEmpty() ? 0 : 1)).append("\" failures=\"")
                    .append(failures).append("\" errors=\"").append(r.errors().isEmpty() ? 0 : 1)
                    .append("\" time=\"").append(r.wallMillis() / 1000.0).append("\">\n");
            for (Check c : r.checks()) {
                x.append("    <testcase classname=\"").append(esc("flowsim." + r.title())).append("\" name=\"")
                        .append(esc(c.expectation())).append("\">");
                if (!c.passed()) {
                    x.append("<failure message=\"").append(esc("observed: " + c.observed())).append("\"/>");
                }
                x.append("</testcase>\n");
            }
            if (!r.errors().isEmpty()) {
                x.append("    <testcase classname=\"").append(esc("flowsim." + r.title()))
                        .append("\" name=\"run\"><error message=\"").append(esc(String.join("; ", r.errors())))
                        .append("\"/></testcase>\n");
            }
            x.append("  </testsuite>\n");
        }
        x.append("</testsuites>\n");
        Files.writeString(file, x.toString(), StandardCharsets.UTF_8);
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
