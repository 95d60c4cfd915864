package org.nightcramp.reader;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.nightcramp.content.Advice;
import org.nightcramp.content.AdviceKind;
import org.nightcramp.content.Guide;
import org.nightcramp.content.Meta;
import org.nightcramp.content.OtherFactor;
import org.nightcramp.content.Routine;
import org.nightcramp.l10n.Texts;
import org.nightcramp.reader.Block.Lead;
import org.nightcramp.reader.Block.Note;
import org.nightcramp.reader.Block.NoteKind;
import org.nightcramp.reader.Block.Paragraph;
import org.nightcramp.reader.Block.SourceEntry;
import org.nightcramp.reader.Block.Sources;
import org.nightcramp.reader.Block.Subheading;

/** Turns a {@link Guide} into the reader's ordered sections; all words come from the guide or the texts. */
public final class ReaderDocumentBuilder {

    private final Guide guide;
    private final Texts texts;

    private ReaderDocumentBuilder(Guide guide, Texts texts) {
        this.guide = guide;
        this.texts = texts;
    }

    public static ReaderDocument build(Guide guide, Texts texts) {
        return new ReaderDocumentBuilder(guide, texts).document();
    }

    private ReaderDocument document() {
        List<Section> sections = new ArrayList<>();
        sections.add(intro());
        sections.add(new Section("causes", 1, texts.text("reader.heading.causes"), List.of()));
        CauseSections causes = new CauseSections(guide, texts);
        guide.causes().forEach(c -> sections.add(causes.section(c)));
        sections.add(otherFactors());
        sections.add(adviceSection("during", "reader.heading.during",
                Set.of(AdviceKind.DURING, AdviceKind.AFTER), Routine.CRAMP_NOW));
        sections.add(adviceSection("prevention", "reader.heading.prevention",
                Set.of(AdviceKind.PREVENTION), Routine.BEFORE_BED));
        sections.add(new HelpSection(guide, texts).section());
        sections.add(new Section("sources", 1, texts.text("reader.heading.sources"),
                List.of(new Sources(guide.meta().sources().stream()
                        .map(s -> new SourceEntry(s.citation(), s.url())).toList()))));
        sections.add(about());
        return new ReaderDocument(sections);
    }

    private Section intro() {
        Meta meta = guide.meta();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Lead(meta.subtitle()));
        meta.intro().forEach(p -> blocks.add(new Paragraph(p)));
        blocks.add(new Note(NoteKind.DISCLAIMER, texts.text("reader.note.disclaimer"), meta.disclaimer()));
        return new Section("intro", 1, meta.title(), blocks);
    }

    private Section otherFactors() {
        List<Block> blocks = new ArrayList<>();
        for (OtherFactor factor : guide.otherFactors()) {
            blocks.add(new Subheading(factor.title()));
            blocks.add(new Paragraph(factor.text()));
            blocks.addAll(SafetyBlocks.of(guide, texts, factor.safety()));
        }
        return new Section("other-factors", 1, texts.text("reader.heading.otherFactors"), blocks);
    }

    private Section adviceSection(String id, String heading, Set<AdviceKind> kinds, String routineId) {
        List<Block> blocks = new ArrayList<>();
        // During-advice before after-advice, each in the guide's own order.
        for (AdviceKind kind : AdviceKind.values()) {
            if (!kinds.contains(kind)) {
                continue;
            }
            for (Advice advice : guide.advice()) {
                if (advice.kind() == kind) {
                    blocks.add(new Subheading(advice.title()));
                    blocks.add(new Paragraph(advice.summary()));
                    blocks.addAll(SafetyBlocks.of(guide, texts, advice.safety()));
                    advice.details().forEach(d -> blocks.add(new Paragraph(d)));
                }
            }
        }
        guide.routine(routineId).ifPresent(r -> blocks.addAll(RoutineBlocks.of(guide, r, texts)));
        return new Section(id, 1, texts.text(heading), blocks);
    }

    private Section about() {
        Meta meta = guide.meta();
        return new Section("about", 1, texts.text("reader.heading.about"), List.of(
                new Paragraph(meta.disclaimer()),
                new Paragraph(texts.text("reader.about.version", meta.contentVersion())),
                new Paragraph(reviewed(meta.lastReviewed()))));
    }

    private String reviewed(String isoDate) {
        try {
            // MessageFormat formats java.util.Date in the default zone, so start the day there.
            Date date = Date.from(LocalDate.parse(isoDate).atStartOfDay(ZoneId.systemDefault()).toInstant());
            return texts.text("reader.about.reviewed", date);
        } catch (DateTimeParseException e) {
            return texts.text("reader.about.reviewedText", isoDate);
        }
    }
}
