package org.nightcramp.sheet;

import org.nightcramp.content.Routine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nightcramp.assessment.Urgency;
import org.nightcramp.sheet.SheetModel.CauseLine;

/**
 * After a Yes to a sign of a possible clot the sheet says what the summary says: the same
 * urgency from the assessment core, in the same words, drawn as a warning; and the Cramp-now
 * introduction no longer walks through a massage the sheet leaves out.
 */
class SheetUrgencyTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theUrgentCauseCarriesTheSummarysTagAsAWarning(String tag) {
        SheetModel model = SheetFixture.model(tag, SheetFixture.clotSign(), "", "");
        CauseLine bloodFlow = model.causes().items().get(0);

        assertEquals(SheetFixture.guide(tag).cause("blood-flow").orElseThrow().title(), bloodFlow.title());
        assertEquals(SheetFixture.words(tag).text(Urgency.HELP_TODAY.messageKey()), bloodFlow.likelihood());
        assertTrue(bloodFlow.urgent(), "drawn in the warning colour, not the calm accent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void withoutAClotSignNoCauseIsUrgent(String tag) {
        SheetModel model = SheetFixture.model(tag, SheetFixture.coldAndPosture(), "", "");

        assertFalse(model.causes().items().stream().anyMatch(CauseLine::urgent));
        assertEquals(SheetFixture.words(tag).text(Urgency.LIKELY.messageKey()), model.causes().items().get(0).likelihood());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theCrampNowIntroSaysHelpFirstInsteadOfTheMassage(String tag) {
        SheetModel model = SheetFixture.model(tag, SheetFixture.clotSign(), "", "");
        String contentIntro = SheetFixture.guide(tag).routine(Routine.CRAMP_NOW).orElseThrow().summary();

        assertNotEquals(contentIntro, model.crampNow().intro());
        assertEquals(SheetFixture.words(tag).text("sheet.crampNow.introHelpFirst"), model.crampNow().intro());
        assertEquals(contentIntro, SheetFixture.model(tag, SheetFixture.coldAndPosture(), "", "").crampNow().intro());
    }
}
