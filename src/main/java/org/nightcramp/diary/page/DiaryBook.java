package org.nightcramp.diary.page;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.DiaryStore;
import org.nightcramp.diary.NightEntry;

/**
 * The diary for the whole run of the app, across language switches: the page, the relief routines
 * that fill it in and the sheet all read this one copy, and every change is written to
 * {@code diary.json} at once. Call it on the FX thread.
 */
public final class DiaryBook {

    private static final System.Logger LOG = System.getLogger(DiaryBook.class.getName());

    private final DiaryStore store;
    private final ReadOnlyObjectWrapper<Diary> diary;

    public DiaryBook(DiaryStore store, Diary loaded) {
        this.store = Objects.requireNonNull(store, "store");
        this.diary = new ReadOnlyObjectWrapper<>(this, "diary", Objects.requireNonNull(loaded, "loaded"));
    }

    /** The diary as it stands; it changes as a whole, never in place. */
    public ReadOnlyObjectProperty<Diary> diaryProperty() {
        return diary.getReadOnlyProperty();
    }

    public Diary diary() {
        return diary.get();
    }

    /** Where it is kept, for messages that tell the person where to look. */
    public Path file() {
        return store.file();
    }

    /** Adds or replaces the night's entry; false when it could not be written (it is kept for this run). */
    public boolean put(NightEntry entry) {
        return replace(diary.get().with(entry));
    }

    /** Changes one night, starting from a quiet night when it was not logged yet. */
    public boolean update(LocalDate night, UnaryOperator<NightEntry> change) {
        return put(change.apply(diary.get().entryOrQuiet(night)));
    }

    /** Keeps a whole new diary (an import); false when it could not be written. */
    public boolean replace(Diary changed) {
        diary.set(Objects.requireNonNull(changed, "changed"));
        try {
            store.save(changed);
            return true;
        } catch (IOException e) {
            LOG.log(Level.ERROR, "Cannot save the diary to " + store.file(), e);
            return false;
        }
    }
}
