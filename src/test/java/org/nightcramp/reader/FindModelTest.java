package org.nightcramp.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nightcramp.reader.FindModel.Match;

class FindModelTest {

    private final FindModel find = new FindModel(List.of(
            "Stretch your calf.",
            "No match here.",
            "CALF cramps; a calf muscle, Calf."));

    @Test
    void findsEveryOccurrenceIgnoringCase() {
        find.search("calf");

        assertEquals(List.of(
                new Match(0, 13, 17),
                new Match(2, 0, 4),
                new Match(2, 15, 19),
                new Match(2, 28, 32)), find.matches());
        assertEquals(4, find.count());
        assertEquals(0, find.currentIndex());
        assertEquals(Optional.of(new Match(0, 13, 17)), find.current());
    }

    @Test
    void nextAndPreviousWrapAround() {
        find.search("calf");

        find.next();
        find.next();
        find.next();
        assertEquals(3, find.currentIndex());
        find.next();
        assertEquals(0, find.currentIndex(), "next after the last goes back to the first");
        find.previous();
        assertEquals(3, find.currentIndex(), "previous before the first goes round to the last");
        find.previous();
        assertEquals(2, find.currentIndex());
    }

    @Test
    void emptyOrBlankQueryFindsNothing() {
        find.search("calf");
        find.search("");
        assertEquals(0, find.count());
        assertEquals(-1, find.currentIndex());
        assertEquals(Optional.empty(), find.current());

        find.search("   ");
        assertEquals(0, find.count());
        find.search(null);
        assertEquals(0, find.count());
    }

    @Test
    void nextAndPreviousDoNothingWithoutMatches() {
        find.search("thigh");

        find.next();
        find.previous();

        assertEquals(0, find.count());
        assertEquals(-1, find.currentIndex());
    }

    @Test
    void findsChineseSubstrings() {
        FindModel chinese = new FindModel(List.of("夜里小腿抽筋，小腿发硬。", "脚抽筋", "按摩小腿"));

        chinese.search("小腿");

        assertEquals(List.of(new Match(0, 2, 4), new Match(0, 7, 9), new Match(2, 2, 4)), chinese.matches());
        chinese.previous();
        assertEquals(2, chinese.currentIndex());
    }

    @Test
    void matchesDoNotOverlap() {
        FindModel repeated = new FindModel(List.of("aaaa"));

        repeated.search("aa");

        assertEquals(List.of(new Match(0, 0, 2), new Match(0, 2, 4)), repeated.matches());
    }

    @Test
    void offsetsStayThoseOfTheOriginalText() {
        // "İ".toLowerCase(Locale.ROOT) is two chars long; offsets must still point into the original.
        FindModel dotted = new FindModel(List.of("İstanbul calf"));

        dotted.search("calf");

        assertEquals(List.of(new Match(0, 9, 13)), dotted.matches());
    }

    @Test
    void countsTheRealGuide() {
        FindModel guide = new FindModel(ReaderDocumentBuilder.build(TestContent.guide("en"), TestContent.KEYS).texts());

        guide.search("calf");

        assertTrue(guide.count() > 5, "calf occurs often in the English guide, found " + guide.count());
    }
}
