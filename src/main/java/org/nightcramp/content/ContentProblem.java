package org.nightcramp.content;

import java.util.List;
import java.util.Locale;
import org.nightcramp.l10n.Texts;

/**
 * One thing wrong with a content folder, described so a translator can find and fix it.
 *
 * @param file   the file, relative to the content folder, such as {@code zh-CN/guide.json}
 * @param where  a JSON path such as {@code $.causes[2].questions[0].id}, an element such as
 *               {@code <image>}, or "" when the whole file is meant
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param code   key of the message in {@code problems*.properties}; the args fill its {0}, {1}...
 */
public record ContentProblem(String file, String where, int line, int column, String code,
                             List<String> args) {

    private static final String BUNDLE = "org.nightcramp.content.problems";

    public ContentProblem {
        args = List.copyOf(args);
    }

    public static ContentProblem of(String file, String where, String code, Object... args) {
        return new ContentProblem(file, where, 0, 0, code, stringify(args));
    }

    public static ContentProblem at(String file, String where, int line, int column, String code,
                                    Object... args) {
        return new ContentProblem(file, where, line, column, code, stringify(args));
    }

    /** The same problem reported against another file, for checks that compare two locales. */
    public ContentProblem inFile(String otherFile) {
        return new ContentProblem(otherFile, where, line, column, code, args);
    }

    /** The message alone, in the given language, such as "Unknown property "titel". Check the spelling." */
    public String message(Locale locale) {
        // Without a bundle for the locale, English, not the JVM's default language.
        Texts texts = Texts.of(BUNDLE, locale);
        if (!texts.has(code)) {
            // Never hide a problem because its wording is missing; show the code and its details.
            return code + " " + String.join(", ", args);
        }
        return texts.text(code, args.toArray());
    }

    /** File, place and message on one line, as printed by {@code --check-content}. */
    public String describe(Locale locale) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        if (!where.isEmpty()) {
            sb.append(" (").append(where).append(')');
        }
        return sb.append(": ").append(message(locale)).toString();
    }

    private static List<String> stringify(Object[] args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
