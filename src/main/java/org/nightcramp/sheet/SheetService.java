package org.nightcramp.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.nightcramp.assessment.Findings;
import org.nightcramp.content.Guide;
import org.nightcramp.diary.Diary;
import org.nightcramp.content.illustration.Illustration;
import org.nightcramp.l10n.Texts;
import org.nightcramp.storage.AtomicFiles;

/**
 * Makes the sheet: what goes on it, its pages, and the PDF. Shared by the app and the command
 * line, so both give the same sheet for the same answers.
 */
public final class SheetService {

    private final SheetFonts fonts;
    private final PdfSheetWriter writer;

    public SheetService(SheetFonts fonts, Function<String, Optional<Illustration>> illustrations) {
        this.fonts = fonts;
        this.writer = new PdfSheetWriter(illustrations);
    }

    public SheetFonts fonts() {
        return fonts;
    }

    /** What goes on the sheet, with headings from {@code words}, the sheet's own language. */
    public SheetModel model(Guide guide, Findings findings, SheetOptions options, Texts words) {
        return new SheetModelBuilder(words).build(guide, findings, options);
    }

    /** The same with "My last weeks" from the diary, when it has entries. */
    public SheetModel model(Guide guide, Findings findings, SheetOptions options, Texts words, Diary diary) {
        return new SheetModelBuilder(words).build(guide, findings, options, diary);
    }

    /** The model on pages, set in the guide's fonts. */
    public PagePlan plan(Guide guide, SheetModel model, PageGeometry page) {
        return new SheetLayout(Typesetting.of(fonts, guide.meta())).layout(model, page);
    }

    public byte[] pdf(PagePlan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            writer.write(plan, out);
        } catch (IOException e) {
            // Writing to memory fails only when a font or drawing cannot be used.
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the PDF through the same atomic writer as the app's own files, so a failure never
     * leaves half a sheet behind.
     *
     * @throws FileAlreadyExistsException when the file exists and {@code replace} is false
     */
    public void save(PagePlan plan, Path target, boolean replace) throws IOException {
        Path file = target.toAbsolutePath();
        if (!replace && Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        new AtomicFiles().writeWithoutBackup(file, pdf(plan));
    }

    /** Such as {@code night-cramp-advice-2026-11-24.pdf}: plain ASCII, sorts by date. */
    public static String defaultFileName(Texts words, LocalDate date) {
        return words.text("sheet.fileName") + "-" + date + ".pdf";
    }
}
