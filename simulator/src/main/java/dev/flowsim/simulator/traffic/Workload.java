package dev.flowsim.simulator.traffic;

import java.util.List;
import java.util.Locale;

/**
 * What an interface is for, as the topology configuration declares it: a role that decides which traffic it makes,
 * the ports it serves and, optionally, its own traffic mix.
 *
 * @param servicePorts TCP ports it listens on; empty for the role's usual port
 * @param mix          null for the model's mix
 */
public record Workload(Role role, List<Integer> servicePorts, TrafficMix mix) {

    /** The roles of a three-tier application, and an interface that stays idle. */
    public enum Role {
        /** Serves HTTPS/HTTP to the internet (when it has a public address) and calls the app tier. */
        WEB(443),
        /** Serves its peers on an application port and keeps pooled connections to the database tier. */
        APP(8080),
        /** Serves the app tier; originates little of its own. */
        DB(5432),
        /** Any interface: calls any peer. */
        GENERIC(0),
        /** Sends and receives nothing: a NODATA record every window. */
        IDLE(0);

        private final int usualPort;

        Role(int usualPort) {
            this.usualPort = usualPort;
        }

        int usualPort() {
            return usualPort;
        }

        /** The tier a connection from this role goes to, or null for any peer. */
        Role downstream() {
            return switch (this) {
                case WEB -> APP;
                case APP -> DB;
                default -> null;
            };
        }

        public static Role parse(String value) {
            try {
                return valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown workload role '" + value
                        + "'; expected web, app, db, generic or idle", e);
            }
        }
    }

    public Workload {
        servicePorts = servicePorts == null ? List.of() : List.copyOf(servicePorts);
        if (role == null) {
            role = Role.GENERIC;
        }
    }
}
