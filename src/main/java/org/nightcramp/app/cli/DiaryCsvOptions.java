package org.nightcramp.app.cli;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code --export-diary OUT.csv} or {@code --import-diary IN.csv} was asked for.
 *
 * @param force export: replace {@code file} when it exists; import: replace nights the diary has
 */
public record DiaryCsvOptions(Direction direction, Path file, boolean force) {

    /** Which way the CSV goes. */
    public enum Direction { EXPORT, IMPORT }

    public DiaryCsvOptions {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(file, "file");
    }
}
