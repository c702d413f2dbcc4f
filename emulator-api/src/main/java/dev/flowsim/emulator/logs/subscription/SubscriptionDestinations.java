package dev.flowsim.emulator.logs.subscription;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Firehose delivery streams flowsim knows, by name: what {@code arn:aws:firehose:REGION:ACCOUNT:deliverystream/NAME}
 * delivers to. Set in code or through the admin route {@code /_flowsim/subscription-destinations}. A subscription
 * filter naming a stream that is not registered is refused, as AWS refuses a stream it cannot deliver its test
 * message to. Names are not scoped by account or region [U: one local machine plays one Firehose]. Thread-safe.
 */
public final class SubscriptionDestinations {

    private final Map<String, SubscriptionDestination> byStreamName = new ConcurrentHashMap<>();

    public SubscriptionDestinations register(String deliveryStreamName, SubscriptionDestination destination) {
        if (deliveryStreamName == null || deliveryStreamName.isBlank()) {
            throw new IllegalArgumentException("a delivery stream needs a name");
        }
        byStreamName.put(deliveryStreamName, destination);
        return this;
    }

    public boolean remove(String deliveryStreamName) {
        return byStreamName.remove(deliveryStreamName) != null;
    }

    public Optional<SubscriptionDestination> find(String deliveryStreamName) {
        return Optional.ofNullable(byStreamName.get(deliveryStreamName));
    }

    /** Every registration, sorted by stream name. */
    public Map<String, SubscriptionDestination> all() {
        return new TreeMap<>(byStreamName);
    }
}
