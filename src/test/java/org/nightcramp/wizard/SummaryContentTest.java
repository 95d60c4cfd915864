package org.nightcramp.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightcramp.assessment.Answer;
import org.nightcramp.assessment.Answers;
import org.nightcramp.assessment.CauseMatcher;
import org.nightcramp.content.Advice;
import org.nightcramp.content.Guide;
import org.nightcramp.content.HelpItem;

class SummaryContentTest {

    private static final Guide EN = Guides.load("en");
    private final CauseMatcher matcher = new CauseMatcher();

    private SummaryContent summary(Answers answers) {
        return SummaryContent.of(EN, matcher.match(EN, answers), answers);
    }

    private static List<String> ids(List<Advice> advice) {
        return advice.stream().map(Advice::id).toList();
    }

    @Test
    void noAnswersFindNoCauseAndShowTheHabitsForEveryone() {
        SummaryContent s = summary(Answers.empty());

        assertTrue(s.noCauseFound());
        assertFalse(s.answered());
        assertEquals(List.of("drink-enough", "stretch-before-bed"), ids(s.everyday()));
        assertEquals(List.of("toe-pull", "stand-and-walk", "massage", "ease-soreness"), ids(s.duringCramp()));
        assertEquals(EN.medicalHelp().urgent().stream().map(HelpItem::id).toList(),
                s.warningSigns().stream().map(HelpItem::id).toList());
    }

    @Test
    void habitsAlreadyListedUnderACauseAreNotRepeated() {
        SummaryContent s = summary(Answers.empty().withQuestion("cold.room", Answer.YES));

        assertEquals(List.of("cold"), s.causes().stream().map(c -> c.cause().id()).toList());
        assertEquals(List.of("stretch-before-bed"), ids(s.everyday()));
    }

    @Test
    void aClotSignTakesMassageOutOfWhatToDoDuringACramp() {
        SummaryContent s = summary(Answers.empty().withQuestion("blood-flow.one-leg-swollen", Answer.YES));

        assertTrue(s.massageNotAdvised());
        assertEquals(List.of("toe-pull", "stand-and-walk", "ease-soreness"), ids(s.duringCramp()));
        assertEquals("blood-flow", s.causes().get(0).cause().id());
        assertTrue(s.isUrgent(s.causes().get(0)));
    }

    @Test
    void aYesThatIsNotAClotSignIsNotUrgent() {
        SummaryContent s = summary(Answers.empty().withQuestion("blood-flow.varicose", Answer.YES)
                .withQuestion("cold.room", Answer.YES));

        assertFalse(s.massageNotAdvised());
        assertFalse(s.causes().stream().anyMatch(s::isUrgent));
    }
}
