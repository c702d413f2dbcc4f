package dev.flowsim.emulator.logs.store;

/**
 * A half-open interval of event ids, {@code [fromInclusive, toExclusive)}; a null end is unbounded. Time ranges
 * and read positions both become id ranges: events at or after time t are exactly those with id
 * {@code >= EventId.firstAt(t)}.
 */
public record EventRange(EventId fromInclusive, EventId toExclusive) {

    public static final EventRange ALL = new EventRange(null, null);

    /** The events whose timestamps lie in {@code [startTime, endTime)}; a null bound is open. */
    public static EventRange ofTimes(Long startTime, Long endTime) {
        return new EventRange(startTime == null ? null : EventId.firstAt(startTime),
                endTime == null ? null : EventId.firstAt(endTime));
    }

    /** This range with its lower end raised to at least {@code from}. */
    public EventRange from(EventId from) {
        return fromInclusive == null || from.compareTo(fromInclusive) > 0 ? new EventRange(from, toExclusive) : this;
    }

    /** This range with its upper end lowered to at most {@code to}. */
    public EventRange until(EventId to) {
        return toExclusive == null || to.compareTo(toExclusive) < 0 ? new EventRange(fromInclusive, to) : this;
    }
}
