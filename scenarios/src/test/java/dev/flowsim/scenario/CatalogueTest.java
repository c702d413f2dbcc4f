package dev.flowsim.scenario;

import dev.flowsim.scenario.catalog.Catalog;
import dev.flowsim.scenario.load.ScenarioLoader;
import dev.flowsim.scenario.model.Scenario;
import dev.flowsim.scenario.run.RunResult;
import dev.flowsim.scenario.run.ScenarioRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every catalogue scenario explains itself and has a fix, and the fix changes the verdict: the repaired scenario
 * meets the fix's expectations, while the broken world, judged by those same expectations, does not.
 */
class CatalogueTest {

    @Test
    void everyScenarioExplainsItselfAndAllButTheHappyPathHaveAFix() throws Exception {
        List<Path> files = Catalog.scenarios();
        assertTrue(files.size() >= 10, files.toString());
        for (Path p : files) {
            Scenario s = ScenarioLoader.load(p).scenario();
            assertNotNull(s.explanation(), s.name());
            // The working setups have nothing to fix: they pass as they are (run below without a fix).
            assertTrue(Set.of("happy-path", "cross-account-with-resource-policy").contains(s.name())
                    || s.fix() != null, s.name() + " has no fix");
        }
    }

    @TestFactory
    Stream<DynamicTest> eachFixTurnsAFailingVerdictIntoAPassingOne() {
        ScenarioRunner runner = new ScenarioRunner();
        return Catalog.scenarios().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            ScenarioLoader.Loaded loaded = ScenarioLoader.load(p);
            Scenario s = loaded.scenario();
            if (s.fix() == null) {
                RunResult plain = runner.run(loaded, ScenarioRunner.Options.plain());
                assertTrue(plain.passed(), plain.checks().toString() + plain.errors());
                return;
            }
            RunResult fixed = runner.run(loaded, new ScenarioRunner.Options(true, false,
                    dev.flowsim.scenario.run.Progress.silent()));
            assertTrue(fixed.passed(), "with fix: " + fixed.checks() + fixed.errors());
            Scenario brokenJudgedByFix = s.judgedBy(s.fix().expectations());
            RunResult broken = runner.run(new ScenarioLoader.Loaded(p, brokenJudgedByFix),
                    ScenarioRunner.Options.plain());
            assertFalse(broken.passed(), "without the fix the fix's expectations must fail: " + broken.checks());
        }));
    }
}
