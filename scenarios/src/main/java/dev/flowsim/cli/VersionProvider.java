package dev.flowsim.cli;

import picocli.CommandLine;

/** Reads the version Maven wrote into the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"flowsim " + (v == null ? "(development build)" : v)};
    }
}
