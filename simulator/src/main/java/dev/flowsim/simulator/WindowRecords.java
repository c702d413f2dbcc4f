package dev.flowsim.simulator;

import dev.flowsim.simulator.admin.SubscribedInterface;
import dev.flowsim.simulator.admin.Subscription;
import dev.flowsim.simulator.aggregation.WindowAggregator;
import dev.flowsim.simulator.delivery.LogEvent;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.RecordFormat;
import dev.flowsim.simulator.record.TrafficType;
import dev.flowsim.simulator.traffic.MonitoredEni;
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
    private final Map<String, RecordFormat> formats = new ConcurrentHashMap<>();

    public WindowRecords(TrafficModel traffic) {
        this.traffic = Objects.requireNonNull(traffic, "traffic");
    }

    /**
     * @return events per interface id, in interface-id order, each list sorted by timestamp
     * @throws IllegalArgumentException if the format, traffic type or an interface cannot be used; a
     *                                  {@link dev.flowsim.simulator.record.LogFormatException} for the format
     */
    public Map<String, List<LogEvent>> eventsFor(Subscription subscription, CaptureWindow window) {
        RecordFormat format = formats.computeIfAbsent(subscription.logFormat(), RecordFormat::parse);
        TrafficType trafficType = TrafficType.parse(subscription.trafficType());
        List<MonitoredEni> interfaces = interfacesOf(subscription);
        Map<String, List<FlowRecord>> records = WindowAggregator.aggregate(interfaces, window,
                traffic.observe(interfaces, window));
        Map<String, List<LogEvent>> events = new LinkedHashMap<>();
        records.forEach((interfaceId, list) -> {
            List<LogEvent> rendered = new ArrayList<>(list.size());
            for (FlowRecord record : list) {
                if (trafficType.keeps(record)) {
                    rendered.add(new LogEvent(record.eventTimestampMillis(), format.render(record)));
                }
            }
            events.put(interfaceId, List.copyOf(rendered));
        });
        return events;
    }

    static List<MonitoredEni> interfacesOf(Subscription subscription) {
        List<MonitoredEni> interfaces = new ArrayList<>();
        for (SubscribedInterface eni : subscription.interfaces()) {
            if (eni.interfaceId() == null || eni.privateIpAddress() == null) {
                throw new IllegalArgumentException("flow log " + subscription.flowLogId()
                        + " lists an interface without interfaceId or privateIpAddress: " + eni);
            }
            String owner = eni.accountId() != null ? eni.accountId() : subscription.accountId();
            interfaces.add(new MonitoredEni(eni.interfaceId(), owner, eni.privateIpAddress()));
        }
        return interfaces;
    }
}
