package org.nightcramp.reader;

import org.nightcramp.content.EvidenceLevel;

/** The UI word for each evidence level. */
final class EvidenceLabels {

    private EvidenceLabels() {
    }

    static ReaderText of(EvidenceLevel level) {
        return switch (level) {
            case RECOMMENDED -> ReaderText.EVIDENCE_RECOMMENDED;
            case SOME -> ReaderText.EVIDENCE_SOME;
            case MIXED -> ReaderText.EVIDENCE_MIXED;
            case WEAK -> ReaderText.EVIDENCE_WEAK;
            case GENERAL -> ReaderText.EVIDENCE_GENERAL;
            case WARNING -> ReaderText.EVIDENCE_WARNING;
        };
    }
}
