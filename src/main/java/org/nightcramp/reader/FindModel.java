package org.nightcramp.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Find in guide: every case-insensitive occurrence of a query in the document's text runs. */
public final class FindModel {

    /** One occurrence: text run {@code block}, characters {@code start} (inclusive) to {@code end}. */
    public record Match(int block, int start, int end) {
    }

    private final List<String> texts;
    private List<Match> matches = List.of();
    private int current = -1;

    public FindModel(List<String> texts) {
        this.texts = List.copyOf(texts);
    }

    /** Finds every occurrence of {@code query}; a blank query finds nothing. The first match is current. */
    public void search(String query) {
        List<Match> found = new ArrayList<>();
        if (query != null && !query.isBlank()) {
            for (int block = 0; block < texts.size(); block++) {
                collect(block, texts.get(block), query, found);
            }
        }
        matches = List.copyOf(found);
        current = matches.isEmpty() ? -1 : 0;
    }

    private static void collect(int block, String text, String query, List<Match> into) {
        int length = query.length();
        int i = 0;
        while (i + length <= text.length()) {
            // Char-by-char case folding (locale-independent, like Locale.ROOT) keeps the offsets those of
            // the original text; lower-casing the whole string can change its length (e.g. "İ").
            if (text.regionMatches(true, i, query, 0, length)) {
                into.add(new Match(block, i, i + length));
                i += length;
            } else {
                i++;
            }
        }
    }

    public List<Match> matches() {
        return matches;
    }

    public int count() {
        return matches.size();
    }

    /** The current match's position in {@link #matches()}, or -1 when there are none. */
    public int currentIndex() {
        return current;
    }

    public Optional<Match> current() {
        return current < 0 ? Optional.empty() : Optional.of(matches.get(current));
    }

    /** Moves to the next match, from the last back to the first. */
    public void next() {
        if (!matches.isEmpty()) {
            current = (current + 1) % matches.size();
        }
    }

    /** Moves to the previous match, from the first round to the last. */
    public void previous() {
        if (!matches.isEmpty()) {
            current = (current - 1 + matches.size()) % matches.size();
        }
    }
}
