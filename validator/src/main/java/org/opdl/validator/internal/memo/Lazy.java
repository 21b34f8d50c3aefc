package org.opdl.validator.internal.memo;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use, at most once, then shared by every thread: a schema or a set of
 * reference data that most runs never need, so that they cost nothing until one does.
 *
 * @param <T> the value
 */
public final class Lazy<T> {

    private final Supplier<T> make;
    private volatile T value;

    /** A value that {@code make} makes when first asked for; {@code make} must not return null. */
    public Lazy(Supplier<T> make) {
        this.make = Objects.requireNonNull(make, "make");
    }

    /** The value, made now if no thread has made it yet. */
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = make.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
