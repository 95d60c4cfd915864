package org.nightcramp.relief;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the person chose for the relief panel, and how the routines went, kept in {@code relief.json}.
 *
 * @param routines per routine id, the hold length and repetitions chosen; absent means the content's
 * @param muted    whether the cues are silent
 * @param history  the "Did it help?" answers, oldest first, at most {@value #MAX_HISTORY}
 */
public record ReliefPreferences(int schema,
                                @JsonSetter(contentNulls = Nulls.FAIL) Map<String, RoutineChoice> routines,
                                boolean muted,
                                @JsonSetter(contentNulls = Nulls.FAIL) List<HelpRecord> history) {

    public static final int SCHEMA = 1;
    /** Years of nightly answers, yet a file that stays small. */
    public static final int MAX_HISTORY = 1000;

    public ReliefPreferences {
        // Sorted, so the file reads the same after every save.
        routines = Collections.unmodifiableMap(new TreeMap<>(routines));
        history = List.copyOf(history);
    }

    public static ReliefPreferences defaults() {
        return new ReliefPreferences(SCHEMA, Map.of(), false, List.of());
    }

    public Optional<RoutineChoice> choice(String routineId) {
        return Optional.ofNullable(routines.get(routineId));
    }

    public ReliefPreferences withChoice(String routineId, RoutineChoice choice) {
        Map<String, RoutineChoice> changed = new TreeMap<>(routines);
        changed.put(routineId, choice);
        return new ReliefPreferences(schema, changed, muted, history);
    }

    public ReliefPreferences withMuted(boolean mute) {
        return new ReliefPreferences(schema, routines, mute, history);
    }

    /** Adds an answer, forgetting the oldest beyond {@value #MAX_HISTORY}. */
    public ReliefPreferences withAnswer(HelpRecord answer) {
        List<HelpRecord> changed = new ArrayList<>(history);
        changed.add(answer);
        return new ReliefPreferences(schema, routines, muted, newest(changed));
    }

    /** Choices brought into range and the history trimmed; a hand edit is honoured as far as it can be. */
    public ReliefPreferences sanitized() {
        Map<String, RoutineChoice> clamped = new TreeMap<>();
        routines.forEach((id, choice) -> clamped.put(id, choice.sanitized()));
        return new ReliefPreferences(schema, clamped, muted, newest(history));
    }

    private static List<HelpRecord> newest(List<HelpRecord> all) {
        return all.size() <= MAX_HISTORY ? all : all.subList(all.size() - MAX_HISTORY, all.size());
    }
}
