package dev.flowsim.scenario.model;

/** What a catalogue scenario teaches: the failure, how AWS shows it, and the fix. */
public record Explanation(String failure, String awsShows, String fix) {

    public Explanation {
        Checks.require(failure != null && awsShows != null && fix != null,
                "'explanation' needs all of failure, awsShows and fix");
    }
}
