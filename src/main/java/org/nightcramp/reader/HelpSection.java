package org.nightcramp.reader;

import java.util.ArrayList;
import java.util.List;
import org.nightcramp.content.EmergencyContact;
import org.nightcramp.content.HelpItem;
import org.nightcramp.content.MedicalHelp;
import org.nightcramp.content.PhoneNumber;
import org.nightcramp.reader.Block.Bullets;
import org.nightcramp.reader.Block.Note;
import org.nightcramp.reader.Block.NoteKind;
import org.nightcramp.reader.Block.Paragraph;
import org.nightcramp.reader.Block.Subheading;

/** Builds "When to get medical help". */
final class HelpSection {

    private final MedicalHelp help;
    private final Labels labels;

    HelpSection(MedicalHelp help, Labels labels) {
        this.help = help;
        this.labels = labels;
    }

    Section section() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(help.intro()));
        blocks.add(new Note(NoteKind.WARNING, labels.text(ReaderText.HELP_URGENT), "",
                help.urgent().stream().map(HelpItem::text).toList()));
        blocks.add(new Note(NoteKind.EMERGENCY, labels.text(ReaderText.HELP_EMERGENCY), help.emergencyNow()));
        blocks.add(new Subheading(labels.text(ReaderText.HELP_SOON)));
        blocks.add(new Bullets(help.soon().stream().map(HelpItem::text).toList()));
        blocks.add(new Subheading(labels.text(ReaderText.HELP_NUMBERS)));
        // The content lists its own region first; keep that order.
        List<String> numbers = new ArrayList<>();
        for (EmergencyContact contact : help.emergencyNumbers()) {
            for (PhoneNumber number : contact.numbers()) {
                numbers.add(labels.format(ReaderText.HELP_NUMBER, contact.name(), number.number(), number.purpose()));
            }
        }
        blocks.add(new Bullets(numbers));
        return new Section("help", 1, labels.text(ReaderText.HEADING_HELP), blocks);
    }
}
