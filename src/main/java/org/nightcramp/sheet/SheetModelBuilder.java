package org.nightcramp.sheet;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.nightcramp.content.Advice;
import org.nightcramp.content.EmergencyContact;
import org.nightcramp.content.EmergencyNumbers;
import org.nightcramp.content.Guide;
import org.nightcramp.content.HelpItem;
import org.nightcramp.content.MedicalHelp;
import org.nightcramp.content.PhoneNumber;
import org.nightcramp.content.RoutineStep;
import org.nightcramp.content.Source;
import org.nightcramp.content.StepKind;
import org.nightcramp.sheet.SheetModel.AdviceLine;
import org.nightcramp.sheet.SheetModel.CauseLine;
import org.nightcramp.sheet.SheetModel.Titled;
import org.nightcramp.wizard.CauseFinding;
import org.nightcramp.wizard.Findings;

/** Decides what goes on the sheet from the guide, the findings and the person's choices. */
public final class SheetModelBuilder {

    public static final String CRAMP_NOW = "cramp-now";
    public static final String BEFORE_BED = "before-bed";

    private final SheetWords words;

    public SheetModelBuilder(SheetWords words) {
        this.words = words;
    }

    public SheetModel build(Guide guide, Findings findings, SheetOptions options) {
        List<AdviceLine> matched = findings.matchedAdvice().stream().map(SheetModelBuilder::line).toList();
        List<AdviceLine> general = findings.generalAdvice().stream().map(SheetModelBuilder::line).toList();
        boolean personal = !matched.isEmpty();
        return new SheetModel(
                guide.meta().locale(),
                header(guide, options),
                findings.clotSigns() ? Optional.of(words.text("sheet.clotWarning")) : Optional.empty(),
                findings.answered() ? Optional.empty() : Optional.of(words.text("sheet.personalise")),
                causes(findings),
                new Titled<>(words.text("sheet.advice.heading"), personal ? words.text("sheet.advice.intro") : "",
                        personal ? matched : general),
                new Titled<>(words.text("sheet.general.heading"), "", personal ? general : List.of()),
                crampNow(guide, findings),
                findings.massageNotAdvised() ? Optional.of(words.text("sheet.massageOmitted")) : Optional.empty(),
                routine(guide, BEFORE_BED, "sheet.beforeBed.heading", findings.massageNotAdvised()),
                help(guide.medicalHelp(), options.country()),
                options.note().isEmpty() ? Optional.empty()
                        : Optional.of(new SheetModel.Note(words.text("sheet.note.heading"), options.note())),
                new Titled<>(words.text("sheet.disclaimer.heading"), "", List.of(guide.meta().disclaimer())),
                new Titled<>(words.text("sheet.sources.heading"), "",
                        guide.meta().sources().stream().map(SheetModelBuilder::source).toList()),
                words.bundle().getString("sheet.page"));
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

    private Titled<CauseLine> causes(Findings findings) {
        List<CauseLine> lines = new ArrayList<>();
        for (CauseFinding f : findings.causes()) {
            // The same urgency, and the same words for it, as the summary shows.
            lines.add(new CauseLine(f.cause().title(), words.text(f.urgency().messageKey()), f.cause().summary(),
                    f.urgency().helpFirst()));
        }
        findings.otherFactors().forEach(o -> lines.add(
                new CauseLine(o.title(), words.text("sheet.factor"), o.text(), false)));
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
        SheetModel.Routine routine = routine(guide, CRAMP_NOW, "sheet.crampNow.heading", findings.massageNotAdvised());
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
                        step.instruction(), step.illustration()));
            }
        }
        return new SheetModel.Routine(words.text(headingKey), routine.summary(), cards);
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

    private SheetModel.HelpBox help(MedicalHelp help, String country) {
        EmergencyContact contact = EmergencyNumbers.primaryFor(help.emergencyNumbers(), country);
        PhoneNumber first = contact.numbers().get(0);
        StringBuilder reaches = new StringBuilder(words.text("sheet.help.number", contact.name(), first.purpose()));
        for (PhoneNumber other : contact.numbers().subList(1, contact.numbers().size())) {
            reaches.append(words.text("sheet.details.separator"))
                    .append(words.text("sheet.help.otherNumber", other.number(), other.purpose()));
        }
        return new SheetModel.HelpBox(words.text("sheet.help.heading"), help.intro(),
                new Titled<>(words.text("sheet.help.urgent"), "", help.urgent().stream().map(HelpItem::text).toList()),
                new Titled<>(words.text("sheet.help.soon"), "", help.soon().stream().map(HelpItem::text).toList()),
                help.emergencyNow(), first.number(), reaches.toString());
    }

    private static AdviceLine line(Advice advice) {
        return new AdviceLine(advice.title(), advice.summary());
    }

    private static String source(Source source) {
        return source.citation() + " " + source.url();
    }
}
