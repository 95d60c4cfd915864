package org.nightcramp.sheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nightcramp.diary.Averages;
import org.nightcramp.diary.Comparison;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.DiaryAlert;
import org.nightcramp.diary.Trend;
import org.nightcramp.diary.TrendSpan;
import org.nightcramp.diary.WarningRules;
import org.nightcramp.diary.WhatChanged;
import org.nightcramp.l10n.Texts;

/** Puts the diary into words for the sheet, with the same rules and warnings as the Diary page. */
final class DiarySectionBuilder {

    private final Texts words;
    private final DateTimeFormatter dates;

    DiarySectionBuilder(Texts words) {
        this.words = words;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(words.locale());
    }

    /**
     * The section for a diary, ending with its last night logged up to {@code lastNight} (a sheet
     * made weeks after the last entry still shows the weeks that were logged); empty for an
     * empty diary.
     */
    Optional<DiarySection> build(Diary diary, LocalDate lastNight) {
        List<LocalDate> logged = diary.between(LocalDate.MIN, lastNight).stream().map(e -> e.night()).toList();
        if (logged.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = logged.get(0);
        LocalDate last = logged.get(logged.size() - 1);
        // Four weeks while the diary is young, so a few nights do not sit in an empty chart.
        TrendSpan span = first.isAfter(last.minusDays(TrendSpan.FOUR_WEEKS.nights())) ? TrendSpan.FOUR_WEEKS
                : TrendSpan.EIGHT_WEEKS;
        Trend trend = Trend.of(diary, span, last);
        LocalDate middle = trend.first().plusDays(span.nights() / 2);
        return Optional.of(new DiarySection(
                words.text("sheet.diary.heading"),
                words.text("sheet.diary.covered", logged.size(), date(first), date(last), span.weeks()),
                trend,
                List.of(date(trend.first()), date(middle), date(trend.last())),
                List.of(words.text("sheet.diary.legend.cramps"), words.text("sheet.diary.legend.severity"),
                        words.text("sheet.diary.legend.stretch"), words.text("sheet.diary.legend.gap")),
                words.text("sheet.diary.changes.heading"),
                changes(WhatChanged.of(diary, last)),
                words.text("sheet.diary.changes.caveat"),
                words.text("sheet.diary.warnings.heading"),
                warnings(diary, last, span)));
    }

    private List<String> changes(WhatChanged changed) {
        List<String> lines = new ArrayList<>();
        changed.stretch().ifPresent(c -> lines.add(compare("sheet.diary.changes.stretch", c)));
        changed.recent().ifPresent(c -> lines.add(compare("sheet.diary.changes.recent", c)));
        if (lines.isEmpty()) {
            lines.add(words.text("sheet.diary.changes.notYet", WhatChanged.MIN_NIGHTS));
        }
        return lines;
    }

    private String compare(String key, Comparison c) {
        Averages a = c.first();
        Averages b = c.second();
        return words.text(key, a.cramps(), a.worstSeverity(), a.nights(), b.cramps(), b.worstSeverity(), b.nights());
    }

    private List<DiarySection.Warning> warnings(Diary diary, LocalDate last, TrendSpan span) {
        List<DiarySection.Warning> lines = new ArrayList<>();
        for (DiaryAlert alert : WarningRules.check(diary, last, span.nights())) {
            String text = words.text(alert.warning().messageKey(), alert.warning().messageArgs());
            lines.add(new DiarySection.Warning(words.text("sheet.diary.warningOn", date(alert.night()), text),
                    alert.warning().getHelpNow()));
        }
        return lines;
    }

    private String date(LocalDate date) {
        return dates.format(date);
    }
}
