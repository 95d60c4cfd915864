package org.nightcramp.storage;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A value read from disk and, when the file could not be used as it was, a notice saying why. */
public record Loaded<T>(T value, Optional<StoreNotice> notice) {

    public Loaded {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(notice, "notice");
    }

    /** A value read without trouble. */
    public static <T> Loaded<T> clean(T value) {
        return new Loaded<>(value, Optional.empty());
    }

    /** The same notice with the value changed, for example sanitized. */
    public Loaded<T> withValue(UnaryOperator<T> change) {
        return new Loaded<>(change.apply(value), notice);
    }
}
