package org.nightcramp.diary.page;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.stage.FileChooser;
import org.nightcramp.diary.CsvImport;
import org.nightcramp.diary.CsvRejected;
import org.nightcramp.diary.DiaryCsv;
import org.nightcramp.l10n.Texts;
import org.nightcramp.navigation.Confirmation;
import org.nightcramp.navigation.Navigator;

/**
 * The page's CSV export and import, through the core's {@link DiaryCsv}. An import is checked
 * whole before anything changes; nights already logged are replaced only after the person agrees.
 */
public final class DiaryFiles {

    private static final System.Logger LOG = System.getLogger(DiaryFiles.class.getName());

    private final DiaryBook book;
    private final Texts texts;
    private final Navigator navigator;
    private final Clock clock;

    public DiaryFiles(DiaryBook book, Texts texts, Navigator navigator, Clock clock) {
        this.book = book;
        this.texts = texts;
        this.navigator = navigator;
        this.clock = clock;
    }

    /** A chooser for CSV files with this title. */
    FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.text("diary.page.csv.filter"), "*.csv"));
        return chooser;
    }

    /** Such as {@code cramp-diary-2026-12-06.csv}. */
    String suggestedName() {
        return "cramp-diary-" + LocalDate.now(clock) + ".csv";
    }

    /** Writes the whole diary; true when written. */
    public boolean export(Path file) {
        try {
            DiaryCsv.export(book.diary(), file);
            navigator.showNotice(texts.text("diary.page.exported", book.diary().size(), file));
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "Cannot export the diary to " + file, e);
            navigator.showNotice(texts.text("diary.page.exportFailed", file));
            return false;
        }
    }

    /**
     * Reads a CSV file into the diary. A bad row rejects the whole file with a message naming the
     * line and the column; nights already in the diary are replaced only after the person agrees.
     *
     * @return true when the diary changed
     */
    public boolean importFrom(Path file) {
        CsvImport read;
        try {
            read = DiaryCsv.read(file);
        } catch (CsvRejected e) {
            LOG.log(Level.DEBUG, "Rejected " + file, e);
            navigator.showNotice(e.message(texts));
            return false;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "Cannot read " + file, e);
            navigator.showNotice(texts.text("diary.page.importFailed", file));
            return false;
        }
        List<LocalDate> overlaps = read.overlaps(book.diary());
        if (!overlaps.isEmpty() && !navigator.confirm(replaceQuestion(overlaps))) {
            navigator.showNotice(texts.text("diary.page.importKept", file));
            return false;
        }
        if (!book.replace(read.mergeInto(book.diary()))) {
            navigator.showNotice(texts.text("diary.page.notSaved", book.file()));
        }
        navigator.showNotice(texts.text("diary.page.imported", read.entries().size(), file, overlaps.size()));
        return true;
    }

    private Confirmation replaceQuestion(List<LocalDate> overlaps) {
        return new Confirmation("diaryImport", texts.text("diary.page.importAsk.title"),
                texts.text("diary.page.importAsk.header", overlaps.size()),
                texts.text("diary.page.importAsk.text", overlaps.get(0), overlaps.get(overlaps.size() - 1)),
                texts.text("diary.page.importAsk.confirm"), texts.text("diary.page.importAsk.keep"), true);
    }
}
