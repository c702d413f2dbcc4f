package dev.flowsim.emulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One fault as written in a scenario or posted to {@code /_flowsim/faults}: an id, what it targets, when and how often
 * it fires, and exactly one effect ({@code error}, {@code quota}, {@code latency}, {@code network}), or a named
 * {@code profile} that stands for several quota faults. Validated when built, so a bad fault is refused with a
 * message naming the field.
 *
 * @param probability chance (0..1) that a matching call in range and window is hit; default 1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultSpec(
        @JsonProperty("id") String id,
        @JsonProperty("profile") String profile,
        @JsonProperty("target") FaultTarget target,
        @JsonProperty("probability") Double probability,
        @JsonProperty("calls") CallRange calls,
        @JsonProperty("window") TimeWindow window,
        @JsonProperty("error") ErrorEffect error,
        @JsonProperty("quota") QuotaEffect quota,
        @JsonProperty("latency") LatencyEffect latency,
        @JsonProperty("network") NetworkFault network) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    public FaultSpec {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("fault 'id' is required: 1-64 characters of letters, digits, "
                    + "'.', '_', '/', '-', starting with a letter or digit (got " + quote(id) + ")");
        }
        List<String> effects = new ArrayList<>();
        if (profile != null) {
            effects.add("profile");
        }
        if (error != null) {
            effects.add("error");
        }
        if (quota != null) {
            effects.add("quota");
        }
        if (latency != null) {
            effects.add("latency");
        }
        if (network != null) {
            effects.add("network");
        }
        if (effects.size() != 1) {
            throw new IllegalArgumentException("fault '" + id + "' must have exactly one of error, quota, latency, "
                    + "network or profile" + (effects.isEmpty() ? "" : "; it has " + String.join(", ", effects)));
        }
        if (profile != null && !FaultProfiles.names().contains(profile)) {
            throw new IllegalArgumentException("fault '" + id + "': unknown profile '" + profile + "'; known: "
                    + FaultProfiles.names());
        }
        if (probability != null && !(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("fault '" + id + "': probability must be between 0 and 1, got "
                    + probability);
        }
        if (quota != null && (calls != null || probability != null)) {
            throw new IllegalArgumentException("fault '" + id + "': a quota is a token bucket; it takes no "
                    + "'calls' or 'probability'");
        }
    }

    public double probabilityOrOne() {
        return probability == null ? 1.0 : probability;
    }

    public FaultTarget targetOrAny() {
        return target == null ? FaultTarget.ANY : target;
    }

    /** The fault's kind as shown in metrics and reports. */
    public String kind() {
        if (error != null) {
            return "error";
        }
        if (quota != null) {
            return "quota";
        }
        if (latency != null) {
            return "latency";
        }
        if (network != null) {
            return network.wireName();
        }
        return "profile";
    }

    static String quote(String s) {
        return s == null ? "nothing" : "'" + s + "'";
    }
}
