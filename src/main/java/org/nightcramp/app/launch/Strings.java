package org.nightcramp.app.launch;

/**
 * Joins strings for this package, whose code runs in a {@code java -jar}'s first Java before
 * anything is compiled. javac turns {@code +} on strings into an invokedynamic call, and the first
 * one a Java runs sets up {@code StringConcatFactory}'s method handles: without them the first
 * Java started the second 98 -> 89 ms after launch (medians of 10 starts, {@code -Xlog:class+load}).
 * A plain {@link StringBuilder} costs nothing the JDK has not already loaded. {@code ArchitectureTest}
 * keeps the package free of both string {@code +} and lambdas.
 */
final class Strings {

    private Strings() {
    }

    /** The parts' {@link String#valueOf(Object)} one after another. */
    static String concat(Object... parts) {
        StringBuilder joined = new StringBuilder();
        for (Object part : parts) {
            joined.append(part);
        }
        return joined.toString();
    }
}
