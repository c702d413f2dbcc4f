package dev.flowsim.emulator.ec2;

import java.util.List;

/** One {@code Filter.N} of a Describe call: a name and the values any of which may match. */
record Ec2Filter(String name, List<String> values) {

    Ec2Filter {
        values = List.copyOf(values);
    }
}
