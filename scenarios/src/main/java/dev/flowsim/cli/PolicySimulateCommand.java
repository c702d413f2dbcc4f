package dev.flowsim.cli;

import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.iamapi.simulation.CliInputJson;
import dev.flowsim.emulator.iamapi.simulation.PolicySimulator;
import dev.flowsim.emulator.iamapi.simulation.SimulationInput;
import dev.flowsim.emulator.iamapi.simulation.SimulationJson;
import dev.flowsim.emulator.iamapi.simulation.SimulationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code flowsim policy simulate --cli-input-json FILE}: the IAM policy simulator offline. Takes the JSON of
 * {@code aws iam simulate-custom-policy --cli-input-json}, prints the result as the AWS CLI does on standard output
 * and the explanation of every decision on standard error, so the JSON can be piped on unchanged.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate IAM policies offline: same input as 'aws iam simulate-custom-policy --cli-input-json', "
                + "AWS's result as JSON on stdout, the explanation on stderr. CallerArn may also be a role, session "
                + "or service principal (vpc-flow-logs.amazonaws.com), and ResourcePolicy a role trust policy.")
final class PolicySimulateCommand implements Callable<Integer> {

    @Option(names = "--cli-input-json", required = true, paramLabel = "FILE",
            description = "The input JSON file (a 'file://' prefix is accepted, as the AWS CLI writes it).")
    String inputFile;

    @Option(names = "--account", defaultValue = EmulatorOptions.DEFAULT_ACCOUNT,
            description = "Account simulated when neither CallerArn nor ResourceOwner names one (default: "
                    + "${DEFAULT-VALUE}).")
    String account;

    @Override
    public Integer call() {
        return run(System.out, System.err);
    }

    int run(PrintStream out, PrintStream err) {
        String json;
        try {
            json = Files.readString(Path.of(inputFile.startsWith("file://") ? inputFile.substring(7) : inputFile),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("Error parsing parameter 'cli-input-json': Unable to load paramfile " + inputFile + ": " + e);
            return 255;
        }
        try {
            SimulationInput input = CliInputJson.read(json, account);
            SimulationResult result = new PolicySimulator().simulate(input);
            out.println(SimulationJson.print(result));
            out.flush();
            for (SimulationResult.Evaluation e : result.results()) {
                err.println(e.actionName() + " on " + e.resourceName() + ": " + e.decision());
                err.println("  " + e.explanation());
            }
            return 0;
        } catch (CliInputJson.InvalidInputException e) {
            err.println();
            err.println(e.getMessage());
            return 252;
        } catch (AwsException e) {
            // The AWS CLI's words for a service error, so scripts can match either.
            err.println();
            err.println("An error occurred (" + e.code() + ") when calling the SimulateCustomPolicy operation: "
                    + e.getMessage());
            return 254;
        }
    }
}
