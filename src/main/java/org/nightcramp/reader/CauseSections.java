package org.nightcramp.reader;

import java.util.ArrayList;
import java.util.List;
import org.nightcramp.content.Advice;
import org.nightcramp.content.Cause;
import org.nightcramp.content.Evidence;
import org.nightcramp.content.Guide;
import org.nightcramp.content.Question;
import org.nightcramp.content.Source;
import org.nightcramp.l10n.Texts;
import org.nightcramp.reader.Block.Bullets;
import org.nightcramp.reader.Block.Illustration;
import org.nightcramp.reader.Block.Lead;
import org.nightcramp.reader.Block.Note;
import org.nightcramp.reader.Block.NoteKind;
import org.nightcramp.reader.Block.Paragraph;
import org.nightcramp.reader.Block.Subheading;

/** Builds the level-2 section for one cause. */
final class CauseSections {

    private final Guide guide;
    private final Texts texts;

    CauseSections(Guide guide, Texts texts) {
        this.guide = guide;
        this.texts = texts;
    }

    Section section(Cause cause) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Illustration(cause.illustration(),
                texts.text("reader.cause.illustration", cause.title())));
        blocks.add(new Lead(cause.summary()));
        blocks.addAll(SafetyBlocks.of(guide, texts, cause.safety()));
        cause.explanation().forEach(p -> blocks.add(new Paragraph(p)));
        blocks.add(new Subheading(texts.text("reader.cause.whoIsAffected")));
        blocks.add(new Paragraph(cause.whoIsAffected()));
        blocks.add(evidenceNote(cause.evidence()));
        blocks.add(new Subheading(texts.text("reader.cause.askYourself")));
        blocks.add(new Bullets(cause.questions().stream().map(Question::text).toList()));
        List<String> helps = cause.adviceIds().stream()
                .flatMap(id -> guide.adviceItem(id).stream())
                .map(Advice::title)
                .toList();
        if (!helps.isEmpty()) {
            blocks.add(new Subheading(texts.text("reader.cause.whatHelps")));
            blocks.add(new Bullets(helps));
        }
        return new Section("cause:" + cause.id(), 2, cause.title(), blocks);
    }

    private Note evidenceNote(Evidence evidence) {
        String level = texts.text(evidence.level().labelKey());
        List<String> names = evidence.sourceIds().stream()
                .flatMap(id -> guide.source(id).stream())
                .map(Source::citation)
                .map(SourceNames::shortName)
                .toList();
        String text = names.isEmpty() ? evidence.note() : texts.text("reader.evidence.text",
                evidence.note(), String.join(texts.text("reader.evidence.sourceSeparator"), names));
        return new Note(NoteKind.EVIDENCE, texts.text("reader.evidence.title", level), text);
    }
}
