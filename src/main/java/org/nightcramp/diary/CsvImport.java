package org.nightcramp.diary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A CSV file that passed every check, ready to go into the diary. */
public record CsvImport(Path file, List<NightEntry> entries) {

    public CsvImport {
        Objects.requireNonNull(file, "file");
        entries = List.copyOf(entries);
    }

    /** The file's nights the diary already has: the app asks first, the command line wants --force. */
    public List<LocalDate> overlaps(Diary current) {
        return entries.stream().map(NightEntry::night).filter(night -> current.entry(night).isPresent()).toList();
    }

    /**
     * The diary with the file's nights in it. A night already there is replaced by the file's row,
     * keeping what a CSV row cannot carry: the swollen-leg box and the "Did it help?" answers.
     */
    public Diary mergeInto(Diary current) {
        List<NightEntry> merged = new ArrayList<>(current.entries());
        for (NightEntry entry : entries) {
            merged.add(current.entry(entry.night()).map(entry::keeping).orElse(entry));
        }
        return Diary.of(merged);
    }
}
