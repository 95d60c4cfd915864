package org.nightcramp.reader;

import java.util.ArrayList;
import java.util.List;
import org.nightcramp.content.EmergencyContact;
import org.nightcramp.content.Guide;
import org.nightcramp.content.MedicalHelp;
import org.nightcramp.content.PhoneNumber;
import org.nightcramp.l10n.Texts;
import org.nightcramp.reader.Block.Bullets;
import org.nightcramp.reader.Block.Note;
import org.nightcramp.reader.Block.NoteKind;
import org.nightcramp.reader.Block.Paragraph;
import org.nightcramp.reader.Block.Subheading;

/** Builds "When to get medical help". */
final class HelpSection {

    private final MedicalHelp help;
    private final Texts texts;

    private final Guide guide;

    HelpSection(Guide guide, Texts texts) {
        this.guide = guide;
        this.help = guide.medicalHelp();
        this.texts = texts;
    }

    Section section() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(help.intro()));
        blocks.add(new Note(NoteKind.WARNING, texts.text("reader.help.urgent"), "",
                help.urgent().stream().map(guide::helpText).toList()));
        blocks.add(new Note(NoteKind.EMERGENCY, texts.text("reader.help.emergency"), help.emergencyNow()));
        blocks.add(new Subheading(texts.text("reader.help.soon")));
        blocks.add(new Bullets(help.soon().stream().map(guide::helpText).toList()));
        blocks.add(new Subheading(texts.text("reader.help.numbers")));
        // The content lists its own region first; keep that order.
        List<String> numbers = new ArrayList<>();
        for (EmergencyContact contact : help.emergencyNumbers()) {
            for (PhoneNumber number : contact.numbers()) {
                numbers.add(texts.text("reader.help.number", contact.name(), number.number(), number.purpose()));
            }
        }
        blocks.add(new Bullets(numbers));
        return new Section("help", 1, texts.text("reader.heading.help"), blocks);
    }
}
