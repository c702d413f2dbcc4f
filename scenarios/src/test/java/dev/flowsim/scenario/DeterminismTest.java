package dev.flowsim.scenario;

import dev.flowsim.scenario.catalog.Catalog;
import dev.flowsim.scenario.load.ScenarioLoader;
import dev.flowsim.scenario.run.RunResult;
import dev.flowsim.scenario.run.ScenarioRunner;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same scenario and seed give the same records and the same faults. */
class DeterminismTest {

    @Test
    void aThrottledScenarioRepeatsExactly() throws Exception {
        Path file = Catalog.scenarios().stream().filter(p -> p.toString().endsWith("throttling-sustained-quota.yaml"))
                .findFirst().orElseThrow();
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(file);
        ScenarioRunner runner = new ScenarioRunner();
        RunResult first = runner.run(loaded, ScenarioRunner.Options.plain());
        RunResult second = runner.run(loaded, ScenarioRunner.Options.plain());
        assertEquals(first.totals(), second.totals());
        assertEquals(first.byFlowLog(), second.byFlowLog());
        assertEquals(first.faultsFired(), second.faultsFired());
        assertEquals(first.checks(), second.checks());
    }
}
