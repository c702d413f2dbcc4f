package dev.flowsim.emulator.logs.subscription;

import java.time.Duration;

/**
 * How subscription deliveries run.
 *
 * @param threads       delivery threads; 1 (the default) keeps deliveries in ingestion order, which keeps runs
 *                      reproducible
 * @param queueCapacity stored batches waiting for delivery; a batch arriving when the queue is full is not delivered
 *                      and its events are counted as failed with reason {@code queue_full}
 * @param httpTimeout   connect and response timeout of an HTTP endpoint destination [U: Firehose allows minutes]
 */
public record DeliverySettings(int threads, int queueCapacity, Duration httpTimeout) {

    public DeliverySettings {
        if (threads < 1 || queueCapacity < 1 || httpTimeout.isNegative() || httpTimeout.isZero()) {
            throw new IllegalArgumentException("delivery needs a thread, a queue and a positive timeout");
        }
    }

    public static DeliverySettings defaults() {
        return new DeliverySettings(1, 10_000, Duration.ofSeconds(10));
    }
}
