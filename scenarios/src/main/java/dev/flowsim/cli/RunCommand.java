package dev.flowsim.cli;

import dev.flowsim.scenario.catalog.Catalog;
import dev.flowsim.scenario.load.ScenarioException;
import dev.flowsim.scenario.load.ScenarioLoader;
import dev.flowsim.scenario.report.MachineReports;
import dev.flowsim.scenario.report.SummaryTable;
import dev.flowsim.scenario.run.Progress;
import dev.flowsim.scenario.run.RunResult;
import dev.flowsim.scenario.run.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code flowsim run FILE... | --all}: play scenarios and give the verdict. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run scenario files (or the whole catalogue with --all) and print each verdict. Exits 0 when "
                + "every expectation held, 1 when one did not, 2 when a file is invalid.")
final class RunCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Scenario files (YAML), or names from the catalogue "
            + "(flowsim scenarios list).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--all", description = "Run every catalogue scenario, as written and with its fix.")
    boolean all;

    @Option(names = "--with-fix", description = "Run the given files with their fix applied (as well as written).")
    boolean withFix;

    @Option(names = "--teaching", description = "Teaching mode: let denied calls through, report what would have "
            + "been denied and why.")
    boolean teaching;

    @Option(names = "--report-json", paramLabel = "FILE", description = "Write a JSON report.")
    Path reportJson;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Write a JUnit XML report.")
    Path junitXml;

    @Override
    public Integer call() throws Exception {
        if (files.isEmpty() && !all) {
            System.err.println("flowsim run: give scenario files, or --all for the catalogue");
            return 2;
        }
        List<ScenarioLoader.Loaded> loaded = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (Path file : files) {
            paths.add(orCatalogueEntry(file));
        }
        if (all) {
            paths.addAll(Catalog.scenarios());
        }
        boolean invalid = false;
        for (Path p : paths) {
            try {
                loaded.add(ScenarioLoader.load(p));
            } catch (ScenarioException e) {
                System.err.println(e.getMessage());
                invalid = true;
            }
        }
        if (invalid) {
            return 2;
        }
        Progress progress = new Progress(System.out, System.console() != null);
        ScenarioRunner runner = new ScenarioRunner();
        List<RunResult> results = new ArrayList<>();
        for (ScenarioLoader.Loaded l : loaded) {
            results.add(runAndPrint(runner, l, false, progress));
            if ((all || withFix) && l.scenario().fix() != null) {
                results.add(runAndPrint(runner, l, true, progress));
            }
        }
        SummaryTable.printTotals(System.out, results);
        if (reportJson != null) {
            MachineReports.writeJson(reportJson, results);
        }
        if (junitXml != null) {
            MachineReports.writeJunit(junitXml, results);
        }
        System.out.flush();
        return results.stream().allMatch(RunResult::passed) ? 0 : 1;
    }

    private RunResult runAndPrint(ScenarioRunner runner, ScenarioLoader.Loaded l, boolean fix, Progress progress) {
        RunResult r = runner.run(l, new ScenarioRunner.Options(fix, teaching, progress));
        SummaryTable.print(System.out, r);
        System.out.flush();
        return r;
    }

    /** A name that is not a file but a catalogue scenario's name ({@code flowsim scenarios list}) runs that entry. */
    private static Path orCatalogueEntry(Path file) {
        if (java.nio.file.Files.exists(file)) {
            return file;
        }
        String name = file.toString().replaceFirst("\\.ya?ml$", "");
        return Catalog.scenarios().stream()
                .filter(p -> p.getFileName().toString().replaceFirst("\\.ya?ml$", "").equals(name))
                .findFirst().orElse(file);
    }
}
