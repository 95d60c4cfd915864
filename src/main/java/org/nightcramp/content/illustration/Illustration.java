package org.nightcramp.content.illustration;

import java.util.Objects;
import java.util.Optional;

/**
 * One text-free drawing from {@code content/illustrations/}, ready to render or print.
 *
 * @param name the file name without {@code .svg}, such as {@code toe-pull}
 */
public record Illustration(String name, ViewBox viewBox, IllustrationGroup root) {

    public Illustration {
        Objects.requireNonNull(name);
        Objects.requireNonNull(viewBox);
        Objects.requireNonNull(root);
    }

    /** The group with this id, such as the {@code foot} that the relief panel flexes. */
    public Optional<IllustrationGroup> part(String id) {
        return id.isEmpty() ? Optional.empty() : root.find(id);
    }
}
