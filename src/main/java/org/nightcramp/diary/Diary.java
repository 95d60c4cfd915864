package org.nightcramp.diary;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole diary, kept in {@code diary.json}: at most one entry per night, oldest first. Two
 * entries for the same night (a hand edit) keep the later one in the file, so nothing is doubled.
 */
public record Diary(int schema, @JsonSetter(contentNulls = Nulls.FAIL) List<NightEntry> entries) {

    public static final int SCHEMA = 1;
    /** About 27 years of nights: a bound on what one file may hold, far above any real diary. */
    public static final int MAX_ENTRIES = 10_000;

    public Diary {
        if (schema != SCHEMA) {
            throw new IllegalArgumentException("schema " + schema + " is not " + SCHEMA);
        }
        entries = byNight(entries);
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("more than " + MAX_ENTRIES + " entries");
        }
    }

    public static Diary empty() {
        return new Diary(SCHEMA, List.of());
    }

    /** A diary of these entries; a later entry for a night replaces an earlier one. */
    public static Diary of(Collection<NightEntry> entries) {
        return new Diary(SCHEMA, List.copyOf(entries));
    }

    @JsonIgnore
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    /** The entry for a night, if it was logged. */
    public Optional<NightEntry> entry(LocalDate night) {
        Objects.requireNonNull(night, "night");
        int i = indexOf(night);
        return i >= 0 ? Optional.of(entries.get(i)) : Optional.empty();
    }

    /** The first and last nights logged; empty for an empty diary. */
    public Optional<LocalDate> firstNight() {
        return isEmpty() ? Optional.empty() : Optional.of(entries.get(0).night());
    }

    public Optional<LocalDate> lastNight() {
        return isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1).night());
    }

    /** The entries from {@code first} to {@code last}, both included, oldest first. */
    public List<NightEntry> between(LocalDate first, LocalDate last) {
        int from = insertionPoint(first);
        int to = insertionPoint(last.plusDays(1));
        return from >= to ? List.of() : entries.subList(from, to);
    }

    /** This diary with the entry added, or replacing the one for its night. */
    public Diary with(NightEntry entry) {
        List<NightEntry> changed = new ArrayList<>(entries);
        int i = indexOf(entry.night());
        if (i >= 0) {
            changed.set(i, entry);
        } else {
            changed.add(-i - 1, entry);
        }
        return new Diary(SCHEMA, changed);
    }

    /** This diary without the night's entry. */
    public Diary without(LocalDate night) {
        int i = indexOf(night);
        if (i < 0) {
            return this;
        }
        List<NightEntry> changed = new ArrayList<>(entries);
        changed.remove(i);
        return new Diary(SCHEMA, changed);
    }

    /** The entry for a night, or a quiet one to start from. */
    public NightEntry entryOrQuiet(LocalDate night) {
        return entry(night).orElseGet(() -> NightEntry.quiet(night));
    }

    private int indexOf(LocalDate night) {
        int low = 0;
        int high = entries.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = entries.get(mid).night().compareTo(night);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private int insertionPoint(LocalDate night) {
        int i = indexOf(night);
        return i >= 0 ? i : -i - 1;
    }

    private static List<NightEntry> byNight(List<NightEntry> entries) {
        TreeMap<LocalDate, NightEntry> sorted = new TreeMap<>();
        for (NightEntry entry : entries) {
            sorted.put(Objects.requireNonNull(entry, "entry").night(), entry);
        }
        return List.copyOf(sorted.values());
    }
}
