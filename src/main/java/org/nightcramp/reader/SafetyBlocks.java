package org.nightcramp.reader;

import org.nightcramp.l10n.Texts;
import java.util.List;
import org.nightcramp.content.Guide;
import org.nightcramp.content.SafetyPoint;
import org.nightcramp.reader.Block.Note;
import org.nightcramp.reader.Block.NoteKind;

/** An item's safety points as a warning box, in the guide's one reviewed wording of each. */
final class SafetyBlocks {

    private SafetyBlocks() {
    }

    /** One warning note listing the points, or nothing when the item carries none. */
    static List<Block> of(Guide guide, Texts texts, List<SafetyPoint> points) {
        if (points.isEmpty()) {
            return List.of();
        }
        return List.of(new Note(NoteKind.WARNING, texts.text("reader.safety.title"), "", guide.safetyLines(points)));
    }
}
