package dev.flowsim.emulator.iam;

import java.util.function.Supplier;

/** A value computed on first use and kept; safe to share between threads (at worst computed twice, same result). */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> source;
    private volatile T value;

    Lazy(Supplier<T> source) {
        this.source = source;
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            current = source.get();
            value = current;
        }
        return current;
    }
}
