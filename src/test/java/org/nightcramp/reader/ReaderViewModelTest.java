package org.nightcramp.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReaderViewModelTest {

    private final ReaderDocument document = ReaderDocumentBuilder.build(TestContent.guide("en"), TestContent.KEYS);
    private final ReaderViewModel model = new ReaderViewModel(document, TestContent.KEYS);

    @Test
    void startsAtTheFirstSectionWithFindClosed() {
        assertEquals("intro", model.selectedSectionProperty().get());
        assertFalse(model.findOpenProperty().get());
        assertEquals("", model.findStatusProperty().get());
        assertEquals(-1, model.currentMatchIndexProperty().get());
    }

    @Test
    void typingAQueryFindsAndCountsMatches() {
        FindModel expected = new FindModel(document.texts());
        expected.search("calf");

        model.openFind();
        model.findQueryProperty().set("Calf");

        assertTrue(model.findOpenProperty().get());
        assertEquals(expected.matches(), model.matchesProperty().get());
        assertEquals(0, model.currentMatchIndexProperty().get());
        assertEquals(expected.matches().get(0), model.currentMatchProperty().get());
        assertEquals("[reader.find.status|1|" + expected.count() + "]", model.findStatusProperty().get());
    }

    @Test
    void nextAndPreviousMoveTheCurrentMatchAndWrap() {
        model.findQueryProperty().set("calf");
        int count = model.matchesProperty().get().size();

        model.nextMatch();
        assertEquals(1, model.currentMatchIndexProperty().get());
        assertEquals("[reader.find.status|2|" + count + "]", model.findStatusProperty().get());
        model.previousMatch();
        model.previousMatch();
        assertEquals(count - 1, model.currentMatchIndexProperty().get());
        assertEquals(model.matchesProperty().get().get(count - 1), model.currentMatchProperty().get());
    }

    @Test
    void noMatchesSaysSo() {
        model.findQueryProperty().set("xyzzy");

        assertEquals("[reader.find.none]", model.findStatusProperty().get());
        assertNull(model.currentMatchProperty().get());
    }

    @Test
    void closingFindClearsTheQueryAndTheMatches() {
        model.openFind();
        model.findQueryProperty().set("calf");

        model.closeFind();

        assertFalse(model.findOpenProperty().get());
        assertEquals("", model.findQueryProperty().get());
        assertTrue(model.matchesProperty().get().isEmpty());
        assertEquals("", model.findStatusProperty().get());
    }

    @Test
    void statusIsLocalized() {
        ReaderViewModel english = new ReaderViewModel(document, TestContent.texts("en"));
        ReaderViewModel chinese = new ReaderViewModel(document, TestContent.texts("zh-CN"));

        english.findQueryProperty().set("calf");
        chinese.findQueryProperty().set("xyzzy");

        int count = english.matchesProperty().get().size();
        assertEquals("1 of " + count, english.findStatusProperty().get());
        assertEquals("未找到", chinese.findStatusProperty().get());
    }
}
