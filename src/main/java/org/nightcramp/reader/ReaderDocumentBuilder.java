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
import org.nightcramp.reader.Block.Lead;
import org.nightcramp.reader.Block.Note;
import org.nightcramp.reader.Block.NoteKind;
import org.nightcramp.reader.Block.Paragraph;
import org.nightcramp.reader.Block.SourceEntry;
import org.nightcramp.reader.Block.Sources;
import org.nightcramp.reader.Block.Subheading;

/** Turns a {@link Guide} into the reader's ordered sections; all words come from the guide or the labels. */
public final class ReaderDocumentBuilder {

    /** The routine shown under "During a cramp". */
    static final String CRAMP_NOW = "cramp-now";
    /** The routine shown under "Prevention". */
    static final String BEFORE_BED = "before-bed";

    private final Guide guide;
    private final Labels labels;

    private ReaderDocumentBuilder(Guide guide, Labels labels) {
        this.guide = guide;
        this.labels = labels;
    }

    public static ReaderDocument build(Guide guide, Labels labels) {
        return new ReaderDocumentBuilder(guide, labels).document();
    }

    private ReaderDocument document() {
        List<Section> sections = new ArrayList<>();
        sections.add(intro());
        sections.add(new Section("causes", 1, labels.text(ReaderText.HEADING_CAUSES), List.of()));
        CauseSections causes = new CauseSections(guide, labels);
        guide.causes().forEach(c -> sections.add(causes.section(c)));
        sections.add(otherFactors());
        sections.add(adviceSection("during", ReaderText.HEADING_DURING,
                Set.of(AdviceKind.DURING, AdviceKind.AFTER), CRAMP_NOW));
        sections.add(adviceSection("prevention", ReaderText.HEADING_PREVENTION,
                Set.of(AdviceKind.PREVENTION), BEFORE_BED));
        sections.add(new HelpSection(guide.medicalHelp(), labels).section());
        sections.add(new Section("sources", 1, labels.text(ReaderText.HEADING_SOURCES),
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
        blocks.add(new Note(NoteKind.DISCLAIMER, labels.text(ReaderText.NOTE_DISCLAIMER), meta.disclaimer()));
        return new Section("intro", 1, meta.title(), blocks);
    }

    private Section otherFactors() {
        List<Block> blocks = new ArrayList<>();
        for (OtherFactor factor : guide.otherFactors()) {
            blocks.add(new Subheading(factor.title()));
            blocks.add(new Paragraph(factor.text()));
            blocks.addAll(SafetyBlocks.of(guide, labels, factor.safety()));
        }
        return new Section("other-factors", 1, labels.text(ReaderText.HEADING_OTHER_FACTORS), blocks);
    }

    private Section adviceSection(String id, ReaderText heading, Set<AdviceKind> kinds, String routineId) {
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
                    blocks.addAll(SafetyBlocks.of(guide, labels, advice.safety()));
                    advice.details().forEach(d -> blocks.add(new Paragraph(d)));
                }
            }
        }
        guide.routine(routineId).ifPresent(r -> blocks.addAll(RoutineBlocks.of(guide, r, labels)));
        return new Section(id, 1, labels.text(heading), blocks);
    }

    private Section about() {
        Meta meta = guide.meta();
        return new Section("about", 1, labels.text(ReaderText.HEADING_ABOUT), List.of(
                new Paragraph(meta.disclaimer()),
                new Paragraph(labels.format(ReaderText.ABOUT_VERSION, meta.contentVersion())),
                new Paragraph(reviewed(meta.lastReviewed()))));
    }

    private String reviewed(String isoDate) {
        try {
            // MessageFormat formats java.util.Date in the default zone, so start the day there.
            Date date = Date.from(LocalDate.parse(isoDate).atStartOfDay(ZoneId.systemDefault()).toInstant());
            return labels.format(ReaderText.ABOUT_REVIEWED, date);
        } catch (DateTimeParseException e) {
            return labels.format(ReaderText.ABOUT_REVIEWED_TEXT, isoDate);
        }
    }
}
