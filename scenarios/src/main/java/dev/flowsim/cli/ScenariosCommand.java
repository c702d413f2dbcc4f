package dev.flowsim.cli;

import dev.flowsim.scenario.catalog.Catalog;
import dev.flowsim.scenario.load.ScenarioException;
import dev.flowsim.scenario.load.ScenarioLoader;
import dev.flowsim.scenario.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code flowsim scenarios list | validate FILE...}. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "List the scenario catalogue or validate scenario files.",
        subcommands = {ScenariosCommand.ListCommand.class, ScenariosCommand.ValidateCommand.class})
final class ScenariosCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the catalogue: each scenario, what it shows and whether it has a fix.")
    static final class ListCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            int status = 0;
            for (Path p : Catalog.scenarios()) {
                try {
                    Scenario s = ScenarioLoader.load(p).scenario();
                    System.out.printf("%-34s %s%s%n", s.name(), s.description().strip().split("\n")[0],
                            s.fix() == null ? "" : "  [fix]");
                    if (s.explanation() != null) {
                        System.out.println("    failure:   " + oneLine(s.explanation().failure()));
                        System.out.println("    AWS shows: " + oneLine(s.explanation().awsShows()));
                        System.out.println("    fix:       " + oneLine(s.explanation().fix()));
                    }
                } catch (ScenarioException e) {
                    System.err.println(e.getMessage());
                    status = 2;
                }
            }
            System.out.println();
            System.out.println("Run one with: flowsim run <file>; all of them: flowsim run --all");
            return status;
        }

        private static String oneLine(String text) {
            return text.strip().replaceAll("\\s*\\n\\s*", " ");
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check scenario files strictly; errors name file:line:column. Exits 2 if any is invalid.")
    static final class ValidateCommand implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Override
        public Integer call() {
            int status = 0;
            for (Path p : files) {
                try {
                    Scenario s = ScenarioLoader.load(p).scenario();
                    System.out.println(p + ": valid (" + s.name() + (s.fix() == null ? "" : ", with fix") + ")");
                } catch (ScenarioException e) {
                    System.err.println(e.getMessage());
                    status = 2;
                }
            }
            return status;
        }
    }
}
