package org.nightcramp.reader;

import java.util.ArrayList;
import java.util.List;
import org.nightcramp.content.Guide;
import org.nightcramp.content.Routine;
import org.nightcramp.content.RoutineStep;
import org.nightcramp.content.StepKind;
import org.nightcramp.l10n.Texts;
import org.nightcramp.reader.Block.Paragraph;
import org.nightcramp.reader.Block.Step;
import org.nightcramp.reader.Block.Steps;
import org.nightcramp.reader.Block.Subheading;

/** A routine as reading text: its title, summary and numbered steps with their timing. */
final class RoutineBlocks {

    private RoutineBlocks() {
    }

    static List<Block> of(Guide guide, Routine routine, Texts texts) {
        // A step's safety points follow its instruction, as the sheet prints them.
        List<Step> steps = routine.steps().stream()
                .map(s -> new Step(s.title(), guide.withSafety(s.instruction(), s.safety()), timing(s, texts),
                        s.illustration()))
                .toList();
        List<Block> blocks = new ArrayList<>(List.of(new Subheading(routine.title()), new Paragraph(routine.summary())));
        blocks.addAll(SafetyBlocks.of(guide, texts, routine.safety()));
        blocks.add(new Steps(steps));
        return List.copyOf(blocks);
    }

    /** "30 s × 3, 10 s rest", "30 s × 3", "60 s", or blank for a step without a timer. */
    static String timing(RoutineStep step, Texts texts) {
        if (step.kind() == StepKind.CHECK || step.seconds() <= 0) {
            return "";
        }
        if (step.repetitions() <= 1) {
            return texts.text("reader.timing.once", step.seconds());
        }
        if (step.restSeconds() <= 0) {
            return texts.text("reader.timing.repeated", step.seconds(), step.repetitions());
        }
        return texts.text("reader.timing.repeatedRest", step.seconds(), step.repetitions(), step.restSeconds());
    }
}
