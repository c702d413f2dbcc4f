package dev.flowsim.simulator.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The body of {@code GET /_flowsim/delivery/subscriptions}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SubscriptionList(List<Subscription> subscriptions) {

    SubscriptionList {
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
    }
}
