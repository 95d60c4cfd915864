package org.nightcramp.diary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.nightcramp.assessment.Answers;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.Guide;
import org.nightcramp.content.illustration.IllustrationCache;
import org.nightcramp.l10n.Texts;
import org.nightcramp.sheet.PageGeometry;
import org.nightcramp.sheet.PagePlan;
import org.nightcramp.sheet.Paper;
import org.nightcramp.sheet.SheetFindings;
import org.nightcramp.sheet.SheetFonts;
import org.nightcramp.sheet.SheetModel;
import org.nightcramp.sheet.SheetOptions;
import org.nightcramp.sheet.SheetService;
import org.nightcramp.storage.StrictJson;

/**
 * Not a test: times loading {@code diary.json}, computing the trend, "What changed" and the
 * warnings, and laying out the sheet with its chart, for 365 and 3,650 nightly entries. Prints the
 * median of several runs after a warm-up. Run with {@code bench/diary-bench.sh}.
 */
public final class DiaryBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = 21;
    private static final LocalDate LAST = LocalDate.of(2026, 11, 23);

    private DiaryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("diary-bench");
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
        ClasspathContentSource source = new ClasspathContentSource();
        Guide guide = new ContentLibrary(source, StrictJson.create()).load("en").guide();
        SheetService sheet = new SheetService(new SheetFonts(source), new IllustrationCache(source)::illustration);
        Texts words = Texts.ui(Locale.ENGLISH);
        SheetOptions options = new SheetOptions("", "", LAST.plusDays(1), "GB");
        var findings = SheetFindings.of(guide, Answers.empty());
        System.out.printf("%-8s %10s %10s %12s %14s %14s%n", "entries", "file KB", "load ms", "trend+rules ms",
                "sheet+chart ms", "sheet alone ms");
        for (int entries : new int[] {365, 3650}) {
            DiaryStore store = new DiaryStore(dir.resolve("n" + entries), StrictJson.create(), clock);
            store.save(diary(entries));
            long bytes = Files.size(store.file());
            double load = median(() -> store.load().value());
            Diary diary = store.load().value();
            double compute = median(() -> List.of(Trend.of(diary, TrendSpan.EIGHT_WEEKS, LAST),
                    WhatChanged.of(diary, LAST), WarningRules.check(diary, LAST, 56)));
            double withChart = median(() -> plan(sheet, guide, findings, options, words, diary));
            double alone = median(() -> plan(sheet, guide, findings, options, words, Diary.empty()));
            System.out.printf("%-8d %10.0f %10.2f %12.2f %14.2f %14.2f%n", entries, bytes / 1024.0, load, compute,
                    withChart, alone);
        }
    }

    private static PagePlan plan(SheetService sheet, Guide guide, org.nightcramp.assessment.Findings findings,
                                 SheetOptions options, Texts words, Diary diary) {
        SheetModel model = sheet.model(guide, findings, options, words, diary);
        return sheet.plan(guide, model, PageGeometry.of(Paper.A4));
    }

    /** Nightly entries ending last night, with a short note on most and a gap now and then. */
    static Diary diary(int entries) {
        List<NightEntry> nights = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            if (i % 17 == 5) {
                continue;
            }
            nights.add(new NightEntry(LAST.minusDays(i), i % 5, (i * 3) % 11, i % 9, i % 7,
                    Set.of(i % 2 == 0 ? Place.LEFT_CALF : Place.RIGHT_FOOT), i % 3 != 0, i % 50 == 0, false,
                    i % 4 == 0 ? "" : "woke at 3, calf, walked it off", List.of()));
        }
        return Diary.of(nights);
    }

    private static double median(Supplier<Object> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}
