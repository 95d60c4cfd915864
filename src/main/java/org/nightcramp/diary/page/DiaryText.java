package org.nightcramp.diary.page;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.nightcramp.diary.Averages;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.DiaryWarning;
import org.nightcramp.diary.NightEntry;
import org.nightcramp.diary.Place;
import org.nightcramp.diary.Trend;
import org.nightcramp.diary.TrendPoint;
import org.nightcramp.diary.WarningRules;
import org.nightcramp.diary.WhatChanged;
import org.nightcramp.l10n.Texts;

/** The Diary page's words in the session's language: dates, the chart's summary, "What changed". */
public final class DiaryText {

    private final Texts texts;
    private final DateTimeFormatter nightFormat;
    private final DateTimeFormatter chartDays;

    public DiaryText(Texts texts) {
        this.texts = texts;
        this.nightFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(texts.locale());
        this.chartDays = DateTimeFormatter.ofPattern(texts.text("diary.page.chart.dayPattern"), texts.locale());
    }

    public java.util.Locale locale() {
        return texts.locale();
    }

    public String get(String key, Object... args) {
        return texts.text(key, args);
    }

    /** A night as the form names it, such as "Friday, 4 December 2026". */
    public String night(LocalDate night) {
        return nightFormat.format(night);
    }

    /** How the chart writes the dates under it, short. */
    public DateTimeFormatter chartDays() {
        return chartDays;
    }

    public String place(Place place) {
        return switch (place) {
            case LEFT_CALF -> texts.text("diary.page.place.leftCalf");
            case RIGHT_CALF -> texts.text("diary.page.place.rightCalf");
            case LEFT_FOOT -> texts.text("diary.page.place.leftFoot");
            case RIGHT_FOOT -> texts.text("diary.page.place.rightFoot");
            case THIGH -> texts.text("diary.page.place.thigh");
            case BOTH -> texts.text("diary.page.place.both");
        };
    }

    /** A warning's words, with the rule's own numbers in them. */
    public String warning(DiaryWarning warning) {
        return switch (warning) {
            case LONG_CRAMP -> texts.text(warning.messageKey(), WarningRules.LONGEST_MINUTES_LIMIT);
            case ONE_LEG_SWOLLEN -> texts.text(warning.messageKey());
            case FREQUENT_NIGHTS -> texts.text(warning.messageKey(), WarningRules.FREQUENT_NIGHTS_A_WEEK,
                    WarningRules.FREQUENT_WEEKS);
        };
    }

    String saved(LocalDate night) {
        return texts.text("diary.page.saved", night(night));
    }

    String savedWithWarning(LocalDate night, List<DiaryWarning> warnings) {
        return texts.text("diary.page.savedWarning", night(night),
                warnings.stream().map(this::warning).collect(Collectors.joining(" ")));
    }

    String notSaved(Path file) {
        return texts.text("diary.page.notSaved", file);
    }

    /** The chart in words: how many nights of the span were logged, cramps and stretch nights. */
    String trendSummary(Trend trend) {
        if (trend.isEmpty()) {
            return texts.text("diary.page.chart.empty", trend.span().weeks());
        }
        List<TrendPoint> logged = trend.points().stream().filter(TrendPoint::logged).toList();
        int cramps = logged.stream().mapToInt(TrendPoint::cramps).sum();
        long stretched = logged.stream().filter(TrendPoint::stretched).count();
        return texts.text("diary.page.chart.summary", trend.span().weeks(), logged.size(), cramps, stretched);
    }

    /** One comparison, its two sides as they stand side by side. */
    public record Side(String heading, String values) {
    }

    /** "What changed": each comparison there is enough for, two sides to a row. */
    List<List<Side>> whatChanged(WhatChanged changed) {
        List<List<Side>> rows = new ArrayList<>();
        changed.stretch().ifPresent(c -> rows.add(List.of(
                side("diary.page.changed.withStretch", c.first()), side("diary.page.changed.withoutStretch", c.second()))));
        changed.recent().ifPresent(c -> rows.add(List.of(
                side("diary.page.changed.lastTwoWeeks", c.first()), side("diary.page.changed.twoWeeksBefore", c.second()))));
        return List.copyOf(rows);
    }

    /** While there is not enough for a comparison: what it needs and how far the diary is. */
    String notYet(Diary diary) {
        long with = diary.entries().stream().filter(NightEntry::stretched).count();
        return texts.text("diary.page.changed.notYet", WhatChanged.MIN_NIGHTS, with, diary.size() - with);
    }

    private Side side(String key, Averages averages) {
        return new Side(texts.text(key, averages.nights()),
                texts.text("diary.page.changed.values", averages.cramps(), averages.worstSeverity()));
    }
}
