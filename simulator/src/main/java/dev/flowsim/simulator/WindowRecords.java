package dev.flowsim.simulator;

import dev.flowsim.simulator.admin.SubscribedInterface;
import dev.flowsim.simulator.admin.SubscribedInterfaces;
import dev.flowsim.simulator.admin.Subscription;
import dev.flowsim.simulator.aggregation.WindowAggregator;
import dev.flowsim.simulator.delivery.EncodedEvents;
import dev.flowsim.simulator.delivery.LogEvent;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.LineWriter;
import dev.flowsim.simulator.record.LogStatus;
import dev.flowsim.simulator.record.RecordFormat;
import dev.flowsim.simulator.record.RecordRow;
import dev.flowsim.simulator.record.TrafficType;
import dev.flowsim.simulator.traffic.MonitoredEni;
import dev.flowsim.simulator.traffic.Observations;
import dev.flowsim.simulator.traffic.TrafficModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A flow log's records for one window, ready to put: traffic of its interfaces, aggregated per interface,
 * filtered by its traffic type and rendered in its format. The same seed, subscription and window always give
 * the same events.
 */
public final class WindowRecords {

    private final TrafficModel traffic;
    private final int capacity;
    private final Map<String, RecordFormat> formats = new ConcurrentHashMap<>();

    public WindowRecords(TrafficModel traffic) {
        this(traffic, Integer.MAX_VALUE);
    }

    /** @param capacity the most records one interface may have in a window; the rest become one SKIPDATA record */
    public WindowRecords(TrafficModel traffic, int capacity) {
        this.traffic = Objects.requireNonNull(traffic, "traffic");
        this.capacity = capacity;
    }

    /** A flow log's events for one window, and how many flows its SKIPDATA records stand for. */
    public record Rendered(Map<String, List<LogEvent>> events, long skippedFlows) {
    }

    /**
     * @return events per interface id, in interface-id order, each list sorted by timestamp
     * @throws IllegalArgumentException if the format, traffic type or an interface cannot be used; a
     *                                  {@link dev.flowsim.simulator.record.LogFormatException} for the format
     */
    public Map<String, List<LogEvent>> eventsFor(Subscription subscription, CaptureWindow window) {
        return render(subscription, window).events();
    }

    /** As {@link #eventsFor}, with the count of flows lost to the capacity limit. */
    public Rendered render(Subscription subscription, CaptureWindow window) {
        RecordFormat format = formats.computeIfAbsent(subscription.logFormat(), RecordFormat::parse);
        TrafficType trafficType = TrafficType.parse(subscription.trafficType());
        List<MonitoredEni> interfaces = interfacesOf(subscription);
        Observations observations = new Observations();
        traffic.observeInto(interfaces, window, observations);
        Map<String, List<LogEvent>> events = new LinkedHashMap<>();
        long[] skipped = new long[1];
        // Lines are written as bytes into one reused line and stored per interface as one byte array
        // (EncodedEvents): no String or event object per record on the way to the PutLogEvents body.
        LineWriter line = new LineWriter();
        EncodedEvents.Builder rendered = new EncodedEvents.Builder();
        new WindowAggregator().aggregate(interfaces, window, observations, capacity, new WindowAggregator.Visitor() {
            @Override
            public void beginInterface(MonitoredEni eni, int records) {
                // The builder is empty here: build() at the end of each interface empties it.
            }

            @Override
            public void record(RecordRow row) {
                if (trafficType.keeps(row.logStatus(), row.logStatus() == LogStatus.OK ? row.action() : null)) {
                    long timestamp = row.start() * 1000L;
                    if (format.write(row, line)) {
                        rendered.addLatin1(timestamp, line.array(), 0, line.length());
                    } else {
                        rendered.add(timestamp, format.render(row));
                    }
                }
            }

            @Override
            public void endInterface(MonitoredEni eni, int skippedFlows) {
                events.put(eni.interfaceId(), rendered.build());
                skipped[0] += skippedFlows;
            }
        });
        return new Rendered(events, skipped[0]);
    }

    List<MonitoredEni> interfacesOf(Subscription subscription) {
        List<MonitoredEni> interfaces = new ArrayList<>();
        for (SubscribedInterface eni : subscription.interfaces()) {
            interfaces.add(SubscribedInterfaces.toMonitored(subscription, eni, traffic.mix()));
        }
        return interfaces;
    }
}
