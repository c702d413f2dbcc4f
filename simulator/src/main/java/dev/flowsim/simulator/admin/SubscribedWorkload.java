package dev.flowsim.simulator.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * An interface's workload as the topology configuration declares it.
 *
 * @param role         web, app, db, generic or idle
 * @param servicePorts TCP ports it serves; empty for the role's usual port
 * @param volume       multiplier of the publisher's traffic mix for this interface; null for 1
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscribedWorkload(String role, List<Integer> servicePorts, Double volume) {
}
