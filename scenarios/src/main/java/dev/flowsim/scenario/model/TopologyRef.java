package dev.flowsim.scenario.model;

import dev.flowsim.emulator.ec2.topology.TopologyConfig;

/**
 * The network the emulator's EC2 serves instead of the built-in one: the format of {@code flowsim serve --topology},
 * written inline or as {@code {file: net.yaml}} next to the scenario. The loader has read and checked it.
 *
 * @param source "inline" or the relative file name
 */
public record TopologyRef(TopologyConfig config, String source) {
}
