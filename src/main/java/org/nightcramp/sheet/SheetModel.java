package org.nightcramp.sheet;

import java.util.List;
import java.util.Optional;

/**
 * Everything the personal advice sheet says, in its language, before it is laid out on pages.
 * Built by {@link SheetModelBuilder}; headings are already words, so layout needs no bundle.
 *
 * @param language       BCP 47 tag of the sheet's language, set on the PDF
 * @param clotWarning    shown first, in red, when the answers include a sign of a possible clot
 * @param personalise    with no answers yet: how to make the sheet personal
 * @param massageOmitted why the massage card is left out, when it is
 * @param diary          "My last weeks", when the diary has entries
 * @param pagePattern    MessageFormat for the footer, such as "Page {0} of {1}"
 */
public record SheetModel(
        String language,
        Header header,
        Optional<String> clotWarning,
        Optional<String> personalise,
        Titled<CauseLine> causes,
        Titled<AdviceLine> advice,
        Titled<AdviceLine> generalAdvice,
        Routine crampNow,
        Optional<String> massageOmitted,
        Routine beforeBed,
        HelpBox help,
        Optional<DiarySection> diary,
        Optional<Note> note,
        Titled<String> disclaimer,
        Titled<String> sources,
        String pagePattern) {

    public SheetModel {
        clotWarning = clotWarning.filter(s -> !s.isBlank());
        personalise = personalise.filter(s -> !s.isBlank());
        massageOmitted = massageOmitted.filter(s -> !s.isBlank());
    }

    /**
     * The top of the first page.
     *
     * @param documentTitle the PDF's title, such as "Night Cramp Guide: my advice sheet"
     * @param details       name, date and content version, in one line
     */
    public record Header(String title, String subtitle, String details, String documentTitle,
                         String footer) {
    }

    /** A heading with its items; {@code intro} may be blank. */
    public record Titled<T>(String heading, String intro, List<T> items) {
        public Titled {
            items = List.copyOf(items);
        }
    }

    /**
     * A cause the answers point at, how strongly, and one plain line on why.
     *
     * @param urgent whether medical help comes first (the tag is then drawn as a warning)
     */
    public record CauseLine(String title, String likelihood, String why, boolean urgent) {
    }

    /** One thing to do. */
    public record AdviceLine(String title, String summary) {
    }

    /** A routine as illustrated step cards. */
    public record Routine(String heading, String intro, List<StepCard> steps) {
        public Routine {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One step of a routine.
     *
     * @param timing       such as "30 s × 3, 10 s rest"; blank for an untimed check
     * @param illustration file name under {@code content/illustrations/}
     */
    public record StepCard(int number, String title, String timing, String instruction,
                           String illustration) {
    }

    /**
     * The boxed "Get medical help" section.
     *
     * @param number     the emergency number for the sheet's country, such as "999"
     * @param numberText who the number reaches, such as "Emergency number · United Kingdom"
     */
    public record HelpBox(String heading, String intro, Titled<String> urgent, Titled<String> soon,
                          String emergencyNow, String number, String numberText) {
    }

    /** "Questions for my doctor", as the person typed them. */
    public record Note(String heading, String text) {
    }
}
