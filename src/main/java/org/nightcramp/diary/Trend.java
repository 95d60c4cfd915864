package org.nightcramp.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The last weeks of the diary night by night, for the chart on the page and on the sheet: one
 * point for every night from {@code first} to {@code last}, gaps included.
 */
public record Trend(TrendSpan span, LocalDate first, LocalDate last, List<TrendPoint> points) {

    public Trend {
        Objects.requireNonNull(span, "span");
        points = List.copyOf(points);
    }

    /** The span's nights ending with {@code lastNight}, usually {@link NightDates#lastNight}. */
    public static Trend of(Diary diary, TrendSpan span, LocalDate lastNight) {
        LocalDate first = lastNight.minusDays(span.nights() - 1L);
        List<NightEntry> logged = diary.between(first, lastNight);
        List<TrendPoint> points = new ArrayList<>(span.nights());
        int next = 0;
        for (LocalDate night = first; !night.isAfter(lastNight); night = night.plusDays(1)) {
            if (next < logged.size() && logged.get(next).night().equals(night)) {
                points.add(TrendPoint.of(logged.get(next++)));
            } else {
                points.add(TrendPoint.gap(night));
            }
        }
        return new Trend(span, first, lastNight, points);
    }

    /** How many of the span's nights were logged. */
    public int loggedNights() {
        return (int) points.stream().filter(TrendPoint::logged).count();
    }

    /** Whether no night of the span was logged: the chart says so instead of drawing empty axes. */
    public boolean isEmpty() {
        return loggedNights() == 0;
    }

    /** The most cramps logged on one night of the span, 0 when none. */
    public int maxCramps() {
        return points.stream().mapToInt(TrendPoint::cramps).max().orElse(0);
    }
}
