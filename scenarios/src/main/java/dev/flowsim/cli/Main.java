package dev.flowsim.cli;

import dev.flowsim.cli.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code flowsim} command line. */
@Command(name = "flowsim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Local VPC Flow Logs delivery simulator: an emulator of CloudWatch Logs, STS, IAM and the EC2 "
                + "flow-log calls, and a Flow Logs publisher that delivers through your role.",
        subcommands = {ServeCommand.class, DemoCommand.class, RunCommand.class, ScenariosCommand.class,
                ExplainCommand.class, PolicyCommand.class, BenchCommand.class, PublishCommand.class, HealthCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        if (args.length > 0 && args[0].equals("serve")) {
            // Building the whole command tree reflects over every subcommand (a fifth of the time to ready), and
            // `serve` is the command whose start-up counts; its usage and behaviour are the same either way.
            return new CommandLine(new ServeCommand()).setCommandName("flowsim serve")
                    .setCaseInsensitiveEnumValuesAllowed(true)
                    .execute(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
