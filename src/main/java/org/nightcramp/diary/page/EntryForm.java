package org.nightcramp.diary.page;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.nightcramp.diary.NightEntry;
import org.nightcramp.diary.Place;
import org.nightcramp.diary.ReliefAnswer;

/**
 * The fields of one night as the form edits them. It reads an entry in and writes one out; what
 * the form does not show (the "Did it help?" answers the routine added) is carried through.
 */
public final class EntryForm {

    private final ObjectProperty<Integer> cramps = new SimpleObjectProperty<>(this, "cramps", 0);
    private final ObjectProperty<Integer> worstSeverity = new SimpleObjectProperty<>(this, "worstSeverity", 0);
    private final ObjectProperty<Integer> longestMinutes = new SimpleObjectProperty<>(this, "longestMinutes", 0);
    private final ObjectProperty<Integer> sleepDisturbance = new SimpleObjectProperty<>(this, "sleepDisturbance", 0);
    private final Map<Place, BooleanProperty> places = new EnumMap<>(Place.class);
    private final BooleanProperty stretched = new SimpleBooleanProperty(this, "stretched");
    private final BooleanProperty newMedicine = new SimpleBooleanProperty(this, "newMedicine");
    private final BooleanProperty oneLegSwollen = new SimpleBooleanProperty(this, "oneLegSwollen");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private List<ReliefAnswer> helped = List.of();

    EntryForm() {
        for (Place place : Place.values()) {
            places.put(place, new SimpleBooleanProperty(this, place.code()));
        }
    }

    // Properties

    public ObjectProperty<Integer> crampsProperty() {
        return cramps;
    }

    public ObjectProperty<Integer> worstSeverityProperty() {
        return worstSeverity;
    }

    public ObjectProperty<Integer> longestMinutesProperty() {
        return longestMinutes;
    }

    public ObjectProperty<Integer> sleepDisturbanceProperty() {
        return sleepDisturbance;
    }

    public BooleanProperty placeProperty(Place place) {
        return places.get(place);
    }

    public BooleanProperty stretchedProperty() {
        return stretched;
    }

    public BooleanProperty newMedicineProperty() {
        return newMedicine;
    }

    public BooleanProperty oneLegSwollenProperty() {
        return oneLegSwollen;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** How many "Did it help?" answers the night carries, shown beside the count of cramps. */
    public int helpedCount() {
        return helped.size();
    }

    // Commands

    /** Shows an entry, or a quiet night for one not logged yet. */
    void read(NightEntry entry) {
        cramps.set(entry.cramps());
        worstSeverity.set(entry.worstSeverity());
        longestMinutes.set(entry.longestMinutes());
        sleepDisturbance.set(entry.sleepDisturbance());
        places.forEach((place, on) -> on.set(entry.where().contains(place)));
        stretched.set(entry.stretched());
        newMedicine.set(entry.newMedicine());
        oneLegSwollen.set(entry.oneLegSwollen());
        note.set(entry.note());
        helped = entry.helped();
    }

    /** The entry the form shows, for this night; numbers out of range are brought into it. */
    NightEntry entry(LocalDate night) {
        Set<Place> where = EnumSet.noneOf(Place.class);
        places.forEach((place, on) -> {
            if (on.get()) {
                where.add(place);
            }
        });
        String text = note.get() == null ? "" : note.get().strip();
        return new NightEntry(night, clamp(cramps.get(), NightEntry.MAX_CRAMPS),
                clamp(worstSeverity.get(), NightEntry.MAX_SCALE), clamp(longestMinutes.get(), NightEntry.MAX_MINUTES),
                clamp(sleepDisturbance.get(), NightEntry.MAX_SCALE), where, stretched.get(), newMedicine.get(),
                oneLegSwollen.get(), text.length() > NightEntry.MAX_NOTE ? text.substring(0, NightEntry.MAX_NOTE) : text,
                helped);
    }

    private static int clamp(Integer value, int max) {
        return value == null ? 0 : Math.max(0, Math.min(max, value));
    }
}
