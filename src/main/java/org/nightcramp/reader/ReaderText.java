package org.nightcramp.reader;

/** The UI words the reader shows, each with its key in the UI message bundle. */
public enum ReaderText {
    HEADING_CAUSES("reader.heading.causes"),
    HEADING_OTHER_FACTORS("reader.heading.otherFactors"),
    HEADING_DURING("reader.heading.during"),
    HEADING_PREVENTION("reader.heading.prevention"),
    HEADING_HELP("reader.heading.help"),
    HEADING_SOURCES("reader.heading.sources"),
    HEADING_ABOUT("reader.heading.about"),
    NOTE_DISCLAIMER("reader.note.disclaimer"),
    /** {0}: the cause's title. */
    CAUSE_ILLUSTRATION("reader.cause.illustration"),
    CAUSE_WHO_IS_AFFECTED("reader.cause.whoIsAffected"),
    CAUSE_ASK_YOURSELF("reader.cause.askYourself"),
    CAUSE_WHAT_HELPS("reader.cause.whatHelps"),
    /** {0}: the evidence level's name. */
    EVIDENCE_TITLE("reader.evidence.title"),
    /** {0}: the evidence note; {1}: the cited sources' short names, joined. */
    EVIDENCE_TEXT("reader.evidence.text"),
    EVIDENCE_SOURCE_SEPARATOR("reader.evidence.sourceSeparator"),
    EVIDENCE_RECOMMENDED("reader.evidence.recommended"),
    EVIDENCE_SOME("reader.evidence.some"),
    EVIDENCE_MIXED("reader.evidence.mixed"),
    EVIDENCE_WEAK("reader.evidence.weak"),
    EVIDENCE_GENERAL("reader.evidence.general"),
    EVIDENCE_WARNING("reader.evidence.warning"),
    HELP_URGENT("reader.help.urgent"),
    HELP_EMERGENCY("reader.help.emergency"),
    HELP_SOON("reader.help.soon"),
    HELP_NUMBERS("reader.help.numbers"),
    /** {0}: region name; {1}: the number; {2}: what it is for. */
    HELP_NUMBER("reader.help.number"),
    /** {0}: seconds. */
    TIMING_ONCE("reader.timing.once"),
    /** {0}: seconds; {1}: repetitions. */
    TIMING_REPEATED("reader.timing.repeated"),
    /** {0}: seconds; {1}: repetitions; {2}: rest seconds. */
    TIMING_REPEATED_REST("reader.timing.repeatedRest"),
    /** {0}: the content version. */
    ABOUT_VERSION("reader.about.version"),
    /** {0}: the review date, as a date. */
    ABOUT_REVIEWED("reader.about.reviewed"),
    /** {0}: the review date as written in the content, when it is not a valid date. */
    ABOUT_REVIEWED_TEXT("reader.about.reviewedText"),
    /** {0}: the current match, from 1; {1}: the number of matches. */
    FIND_STATUS("reader.find.status"),
    FIND_NONE("reader.find.none"),
    /** The title of the box that shows an item's safety points. */
    SAFETY_TITLE("reader.safety.title");

    private final String key;

    ReaderText(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
