package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowDirection;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The recorder's interface ends looked up by topology position are the ends it makes by interface, and an end's
 * party number follows the columns it is written into, across clears and across column sets.
 */
class EndpointLookupTest {

    private static final MonitoredEni WEB = new MonitoredEni("eni-0web", "123456789012", "10.0.1.10");
    private static final MonitoredEni DB = new MonitoredEni("eni-0db", "123456789012", "10.0.2.20");

    @Test
    void endsByPositionAreTheEndsByInterface() {
        ConnectionRecorder recorder = new ConnectionRecorder(new Observations(), Gateways.NONE, 2);
        Endpoint db = recorder.endpoint(1, DB);
        assertSame(recorder.endpoint(DB), db);
        assertSame(db, recorder.endpoint(1, DB));
        // Another interface at a known position (a caller with another topology) gets its own end, not the cached one.
        Endpoint web = recorder.endpoint(1, WEB);
        assertSame(recorder.endpoint(WEB), web);
        assertNotSame(db, web);
        // A position beyond the table grows it.
        assertSame(db, recorder.endpoint(7, DB));
    }

    @Test
    void partyFollowsTheColumnsAcrossClearsAndColumnSets() {
        Observations first = new Observations();
        Observations second = new Observations();
        ConnectionRecorder recorder = new ConnectionRecorder(first, Gateways.NONE, 2);
        Endpoint web = recorder.endpoint(0, WEB);
        Endpoint db = recorder.endpoint(1, DB);
        FiveTuple tuple = new FiveTuple("10.0.1.10", "10.0.2.20", 40_000, 5432, FiveTuple.TCP);
        Leg leg = new Leg(3, 300, 100, 110, 0);
        for (int window = 0; window < 3; window++) {
            for (Observations rows : new Observations[] {first, second}) {
                rows.clear();
                // the db's party is registered first in the second set, the web's first in the first
                Endpoint at = rows == first ? web : db;
                Endpoint other = rows == first ? db : web;
                rows.addWithTupleAddresses(at, tuple, rows != first, leg, Action.ACCEPT, FlowDirection.EGRESS, 1,
                        null, null, other);
                rows.addWithTupleAddresses(other, tuple, rows == first, leg, Action.ACCEPT, FlowDirection.INGRESS,
                        0, null, null, at);
                assertEquals(at.eni().interfaceId(), rows.interfaceId(0), "window " + window);
                assertEquals(other.eni().interfaceId(), rows.interfaceId(1), "window " + window);
                assertEquals(other.eni().metadata(), rows.nextHop(0), "window " + window);
                assertEquals(at.eni().metadata(), rows.nextHop(1), "window " + window);
                assertEquals(2, rows.partyCount(), "each interface registered once per window");
            }
        }
    }
}
