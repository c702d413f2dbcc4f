package dev.flowsim.simulator.security;

import dev.flowsim.simulator.record.Action;


/**
 * Decides what happens to one connection attempt and its replies, as the reference (2.6) describes: security groups
 * are stateful (a reply to admitted traffic is always let through them), network ACLs are stateless (the reply is
 * judged again, on its own ports), and a network ACL only filters traffic that crosses its subnet's boundary. A
 * packet refused on the way in never reaches the instance, so there is no reply.
 */
public final class Firewall {

    /**
     * One end of a connection.
     *
     * @param security the filters in front of it; null for a host outside the topology (the internet), which
     *                 sends and accepts everything
     */
    public record Side(String address, InterfaceSecurity security, long addressKey) {

        /** The address is parsed here once for every rule check of the connection ({@link Cidr#addressKey}). */
        public Side(String address, InterfaceSecurity security) {
            this(address, security, Cidr.addressKey(address));
        }
    }

    /**
     * What each monitored end records; null where nothing is recorded (an unmonitored end, or a packet that never
     * got there).
     */
    public record Verdict(Action requestAtClient, Action requestAtServer, Action replyAtServer,
                          Action replyAtClient) {
    }

    /**
     * Every verdict there can be (each of the four ends null, ACCEPT or REJECT), made once: a verdict is an
     * immutable value, and the generator asks for one per connection.
     */
    private static final Verdict[] VERDICTS = new Verdict[81];

    static {
        Action[] outcomes = {null, Action.ACCEPT, Action.REJECT};
        for (int code = 0; code < VERDICTS.length; code++) {
            VERDICTS[code] = new Verdict(outcomes[code / 27], outcomes[code / 9 % 3], outcomes[code / 3 % 3],
                    outcomes[code % 3]);
        }
    }

    private Firewall() {
    }

    private static Verdict verdict(Action requestAtClient, Action requestAtServer, Action replyAtServer,
                                   Action replyAtClient) {
        return VERDICTS[code(requestAtClient) * 27 + code(requestAtServer) * 9 + code(replyAtServer) * 3
                + code(replyAtClient)];
    }

    private static int code(Action action) {
        return action == null ? 0 : action.ordinal() + 1;
    }

    /** {@link #request}: the two ends are in one subnet, so no network ACL lies between them. */
    public static final int SAME_SUBNET = 1;
    /** {@link #request}: the client's groups and ACL let the request out. */
    public static final int LEAVES_CLIENT = 2;
    /** {@link #request}: the server's ACL and groups let the request in (only with {@link #LEAVES_CLIENT}). */
    public static final int ENTERS_SERVER = 4;

    /**
     * @param clientPort the request's source port, which is the reply's destination port
     * @param serverPort the request's destination port
     */
    public static Verdict decide(Side client, Side server, int protocol, int clientPort, int serverPort) {
        return withReply(request(client, server, protocol, serverPort), client, server, protocol, clientPort);
    }

    /**
     * The half of {@link #decide} that does not depend on the client's port: whether the ends share a subnet and how
     * far the request gets, as {@link #SAME_SUBNET}, {@link #LEAVES_CLIENT} and {@link #ENTERS_SERVER} bits. The
     * rules are immutable, so the same ends, protocol and port always give the same answer, which a generator may
     * keep and hand to {@link #withReply} for every connection between them.
     */
    public static int request(Side client, Side server, int protocol, int serverPort) {
        boolean sameSubnet = client.security() != null && server.security() != null
                && client.security().subnetId() != null
                && client.security().subnetId().equals(server.security().subnetId());
        int subnet = sameSubnet ? SAME_SUBNET : 0;
        boolean leavesClient = client.security() == null
                || (client.security().groupsAdmitOutbound(protocol, serverPort, server.address(), server.addressKey(),
                server.security())
                && (sameSubnet || client.security().networkAcl()
                .allows(true, protocol, serverPort, server.address(), server.addressKey())));
        if (!leavesClient) {
            return subnet;
        }
        boolean entersServer = server.security() == null
                || ((sameSubnet || server.security().networkAcl()
                .allows(false, protocol, serverPort, client.address(), client.addressKey()))
                && server.security().groupsAdmitInbound(protocol, serverPort, client.address(), client.addressKey(),
                client.security()));
        return subnet | LEAVES_CLIENT | (entersServer ? ENTERS_SERVER : 0);
    }

    /**
     * {@link #decide}, from its {@link #request} half: the network ACLs judge the reply on the client's port.
     *
     * @param request {@link #request} of the same ends, protocol and server port
     */
    public static Verdict withReply(int request, Side client, Side server, int protocol, int clientPort) {
        boolean sameSubnet = (request & SAME_SUBNET) != 0;
        boolean leavesClient = (request & LEAVES_CLIENT) != 0;
        Action requestAtClient = recorded(client, leavesClient);
        if (!leavesClient) {
            return verdict(requestAtClient, null, null, null);
        }
        boolean entersServer = (request & ENTERS_SERVER) != 0;
        Action requestAtServer = recorded(server, entersServer);
        if (!entersServer) {
            return verdict(requestAtClient, requestAtServer, null, null);
        }
        // The security groups remember the connection; only the network ACLs judge the reply.
        boolean replyLeavesServer = server.security() == null || sameSubnet
                || server.security().networkAcl().allows(true, protocol, clientPort, client.address(),
                client.addressKey());
        Action replyAtServer = recorded(server, replyLeavesServer);
        if (!replyLeavesServer) {
            return verdict(requestAtClient, requestAtServer, replyAtServer, null);
        }
        boolean replyEntersClient = client.security() == null || sameSubnet
                || client.security().networkAcl().allows(false, protocol, clientPort, server.address(),
                server.addressKey());
        return verdict(requestAtClient, requestAtServer, replyAtServer, recorded(client, replyEntersClient));
    }

    /**
     * Whether {@link #withReply} of this {@link #request} answer gives the same verdict for every client port 0-65535:
     * no reply is judged, or both ends' network ACLs decide the reply alike on every port (or no ACL lies between
     * the ends). False when that is not known.
     */
    public static boolean sameForEveryClientPort(int request, Side client, Side server, int protocol) {
        if ((request & LEAVES_CLIENT) == 0 || (request & ENTERS_SERVER) == 0 || (request & SAME_SUBNET) != 0) {
            return true;
        }
        return (server.security() == null || server.security().networkAcl().sameForEveryPort(true, protocol,
                client.address(), client.addressKey()))
                && (client.security() == null || client.security().networkAcl().sameForEveryPort(false, protocol,
                server.address(), server.addressKey()));
    }

    private static Action recorded(Side side, boolean allowed) {
        if (side.security() == null) {
            return null;
        }
        return allowed ? Action.ACCEPT : Action.REJECT;
    }
}
