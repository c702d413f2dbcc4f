package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.service.Call;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Typed access to an EC2 Query request's parameters, raising EC2's errors for missing or malformed ones. */
final class Ec2Input {

    private final QueryParams params;

    Ec2Input(Call call) {
        this(call.query() == null ? new QueryParams(Map.of()) : call.query());
    }

    Ec2Input(QueryParams params) {
        this.params = params;
    }

    /** The value, or null when the parameter is absent. */
    String optional(String name) {
        return params.get(name);
    }

    /** The value; MissingParameter when absent or empty. */
    String required(String name) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            throw Ec2Errors.missingParameter(name);
        }
        return value;
    }

    /** The values of an EC2 list ({@code Name.1}, {@code Name.2}, ...). */
    List<String> list(String name) {
        return params.indexed(name);
    }

    Integer optionalInt(String name) {
        String value = params.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw Ec2Errors.notAnInteger(name, value);
        }
    }

    /** EC2's DryRun flag: the call checks permissions and input, then answers DryRunOperation. */
    boolean dryRun() {
        return "true".equalsIgnoreCase(params.get("DryRun"));
    }

    /** {@code Filter.N.Name} with {@code Filter.N.Value.M}. */
    List<Ec2Filter> filters() {
        List<Ec2Filter> out = new ArrayList<>();
        for (QueryParams f : params.indexedStructs("Filter")) {
            out.add(new Ec2Filter(f.get("Name"), f.indexed("Value")));
        }
        return out;
    }

    /** The sub-parameters of each element of an indexed structure list, e.g. {@code TagSpecification.N.*}. */
    List<Ec2Input> structs(String prefix) {
        return params.indexedStructs(prefix).stream().map(Ec2Input::new).toList();
    }

    /** Whether any parameter starts with {@code prefix} (for structures flowsim does not support). */
    boolean hasAnyStartingWith(String prefix) {
        return params.asMap().keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }
}
