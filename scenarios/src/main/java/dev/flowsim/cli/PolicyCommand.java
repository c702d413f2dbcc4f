package dev.flowsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code flowsim policy}: IAM policy tools that need no running emulator. */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = "IAM policy tools that run offline, without a server.",
        subcommands = {PolicySimulateCommand.class})
final class PolicyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
