package org.opdl.model.listing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks that the generated records run in their compact constructors, so that a record can
 * never hold what the standard forbids: a missing required field, an empty list or an empty
 * language map (absent means none, so an optional list or map is empty when absent).
 */
final class Values {

    private Values() {
    }

    /** Requires a value. */
    static <T> T required(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /** Requires the optional itself; its value may be absent. */
    static <T> Optional<T> optional(Optional<T> value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /** Copies a list, which must have at least one item when the field is required. */
    static <T> List<T> list(List<T> value, String name, boolean required) {
        List<T> copy = List.copyOf(Objects.requireNonNull(value, name));
        if (required && copy.isEmpty()) {
            throw new IllegalArgumentException(name + " needs at least one item");
        }
        return copy;
    }

    /** Copies a language map in its order; it needs one language when required, and no blank text. */
    static Map<String, String> text(Map<String, String> value, String name, boolean required) {
        Objects.requireNonNull(value, name);
        if (required && value.isEmpty()) {
            throw new IllegalArgumentException(name + " needs text in at least one language");
        }
        value.forEach((tag, text) -> {
            if (tag == null || tag.isBlank() || text == null || text.isBlank()) {
                throw new IllegalArgumentException(name + " has an empty language tag or text");
            }
        });
        return Collections.unmodifiableMap(new LinkedHashMap<>(value));
    }
}
