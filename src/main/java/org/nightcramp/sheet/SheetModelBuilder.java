package org.nightcramp.sheet;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.nightcramp.assessment.CauseFinding;
import org.nightcramp.assessment.Findings;
import org.nightcramp.assessment.Likelihood;
import org.nightcramp.content.Advice;
import org.nightcramp.content.EmergencyContact;
import org.nightcramp.content.EmergencyNumbers;
import org.nightcramp.content.Guide;
import org.nightcramp.content.MedicalHelp;
import org.nightcramp.content.PhoneNumber;
import org.nightcramp.content.Routine;
import org.nightcramp.content.RoutineStep;
import org.nightcramp.content.Source;
import org.nightcramp.content.StepKind;
import org.nightcramp.diary.Diary;
import org.nightcramp.l10n.Texts;
import org.nightcramp.sheet.SheetModel.AdviceLine;
import org.nightcramp.sheet.SheetModel.CauseLine;
import org.nightcramp.sheet.SheetModel.Titled;

/** Decides what goes on the sheet from the guide, the findings and the person's choices. */
public final class SheetModelBuilder {


    private final Texts words;

    public SheetModelBuilder(Texts words) {
        this.words = words;
    }

    public SheetModel build(Guide guide, Findings findings, SheetOptions options) {
        return build(guide, findings, options, Diary.empty());
    }

    /** The sheet with "My last weeks" from the diary, when it has entries up to the sheet's date. */
    public SheetModel build(Guide guide, Findings findings, SheetOptions options, Diary diary) {
        List<AdviceLine> matched = findings.matchedAdvice().stream().map(a -> line(guide, a)).toList();
        List<AdviceLine> general = findings.generalAdvice().stream().map(a -> line(guide, a)).toList();
        boolean personal = !matched.isEmpty();
        return new SheetModel(
                guide.meta().locale(),
                header(guide, options),
                findings.clotSigns() ? Optional.of(words.text("sheet.clotWarning")) : Optional.empty(),
                findings.answered() ? Optional.empty() : Optional.of(words.text("sheet.personalise")),
                causes(guide, findings),
                new Titled<>(words.text("sheet.advice.heading"), personal ? words.text("sheet.advice.intro") : "",
                        personal ? matched : general),
                new Titled<>(words.text("sheet.general.heading"), "", personal ? general : List.of()),
                crampNow(guide, findings),
                findings.massageNotAdvised() ? Optional.of(words.text("sheet.massageOmitted")) : Optional.empty(),
                routine(guide, Routine.BEFORE_BED, "sheet.beforeBed.heading", findings.massageNotAdvised()),
                help(guide, options.country()),
                new DiarySectionBuilder(words).build(diary, options.date()),
                options.note().isEmpty() ? Optional.empty()
                        : Optional.of(new SheetModel.Note(words.text("sheet.note.heading"), options.note())),
                new Titled<>(words.text("sheet.disclaimer.heading"), "", List.of(guide.meta().disclaimer())),
                new Titled<>(words.text("sheet.sources.heading"), "",
                        guide.meta().sources().stream().map(SheetModelBuilder::source).toList()),
                words.pattern("sheet.page"));
    }

    private SheetModel.Header header(Guide guide, SheetOptions options) {
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(words.locale())
                .format(options.date());
        List<String> details = new ArrayList<>();
        if (!options.name().isEmpty()) {
            details.add(words.text("sheet.details.name", options.name()));
        }
        details.add(date);
        details.add(words.text("sheet.details.version", guide.meta().contentVersion()));
        String title = guide.meta().title();
        return new SheetModel.Header(words.text("sheet.title"), title,
                String.join(words.text("sheet.details.separator"), details),
                words.text("sheet.documentTitle", title),
                title + words.text("sheet.details.separator") + date);
    }

    private Titled<CauseLine> causes(Guide guide, Findings findings) {
        List<CauseLine> lines = new ArrayList<>();
        for (CauseFinding f : findings.causes()) {
            // The same urgency, and the same words for it, as the summary shows.
            lines.add(new CauseLine(f.cause().title(), words.text(f.urgency().messageKey()),
                    guide.withSafety(f.cause().summary(), f.cause().safety()), f.urgency().helpFirst()));
        }
        findings.otherFactors().forEach(o -> lines.add(new CauseLine(o.title(), words.text("sheet.factor"),
                guide.withSafety(o.text(), o.safety()), false)));
        String intro;
        if (!findings.answered()) {
            intro = "";
        } else if (lines.isEmpty()) {
            intro = words.text("sheet.causes.none");
        } else {
            intro = words.text("sheet.causes.intro");
        }
        // Without answers there is nothing to say here; the personalise line says why.
        return new Titled<>(findings.answered() ? words.text("sheet.causes.heading") : "", intro, lines);
    }

    /**
     * When help must come first, the routine's own introduction (which walks through the massage)
     * gives way to one that says to get medical help first.
     */
    private SheetModel.Routine crampNow(Guide guide, Findings findings) {
        SheetModel.Routine routine = routine(guide, Routine.CRAMP_NOW, "sheet.crampNow.heading", findings.massageNotAdvised());
        return findings.helpFirst()
                ? new SheetModel.Routine(routine.heading(), words.text("sheet.crampNow.introHelpFirst"), routine.steps())
                : routine;
    }

    private SheetModel.Routine routine(Guide guide, String id, String headingKey, boolean noMassage) {
        var routine = guide.routine(id).orElseThrow(() -> new IllegalArgumentException(
                "The guide " + guide.meta().locale() + " has no routine " + id));
        Predicate<RoutineStep> shown = s -> !(noMassage && s.kind() == StepKind.MASSAGE);
        List<SheetModel.StepCard> cards = new ArrayList<>();
        for (RoutineStep step : routine.steps()) {
            if (shown.test(step)) {
                cards.add(new SheetModel.StepCard(cards.size() + 1, step.title(), timing(step),
                        guide.withSafety(step.instruction(), step.safety()), step.illustration()));
            }
        }
        return new SheetModel.Routine(words.text(headingKey), guide.withSafety(routine.summary(), routine.safety()), cards);
    }

    private String timing(RoutineStep step) {
        if (step.kind() == StepKind.CHECK || step.seconds() <= 0) {
            return words.text("sheet.step.check");
        }
        if (step.repetitions() <= 1) {
            return words.text("reader.timing.once", step.seconds());
        }
        return step.restSeconds() > 0
                ? words.text("reader.timing.repeatedRest", step.seconds(), step.repetitions(), step.restSeconds())
                : words.text("reader.timing.repeated", step.seconds(), step.repetitions());
    }

    private SheetModel.HelpBox help(Guide guide, String country) {
        MedicalHelp help = guide.medicalHelp();
        Optional<EmergencyContact> found = EmergencyNumbers.forCountry(help.emergencyNumbers(), country);
        String number = "";
        StringBuilder reaches = new StringBuilder();
        if (found.isPresent()) {
            EmergencyContact contact = found.get();
            PhoneNumber first = contact.numbers().get(0);
            number = first.number();
            reaches.append(words.text("sheet.help.number", contact.name(), first.purpose()));
            for (PhoneNumber other : contact.numbers().subList(1, contact.numbers().size())) {
                reaches.append(words.text("sheet.details.separator"))
                        .append(words.text("sheet.help.otherNumber", other.number(), other.purpose()));
            }
        } else {
            // No guessed number for a country the guide does not list: print the whole list.
            reaches.append(words.text("sheet.help.allNumbers"));
            for (EmergencyContact contact : help.emergencyNumbers()) {
                reaches.append(words.text("sheet.help.otherNumber", contact.name(),
                        contact.numbers().get(0).number())).append(words.text("sheet.help.listSeparator"));
            }
            reaches.setLength(reaches.length() - words.text("sheet.help.listSeparator").length());
        }
        return new SheetModel.HelpBox(words.text("sheet.help.heading"), help.intro(),
                new Titled<>(words.text("sheet.help.urgent"), "", help.urgent().stream().map(guide::helpText).toList()),
                new Titled<>(words.text("sheet.help.soon"), "", help.soon().stream().map(guide::helpText).toList()),
                help.emergencyNow(), number, reaches.toString());
    }

    /** Advice as printed: its summary, then its safety points in the guide's one wording. */
    private static AdviceLine line(Guide guide, Advice advice) {
        return new AdviceLine(advice.title(), guide.withSafety(advice.summary(), advice.safety()));
    }

    private static String source(Source source) {
        return source.citation() + " " + source.url();
    }
}
