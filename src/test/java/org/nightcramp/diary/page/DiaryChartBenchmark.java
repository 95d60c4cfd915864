package org.nightcramp.diary.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.NightEntry;
import org.nightcramp.diary.Trend;
import org.nightcramp.diary.TrendSpan;
import org.nightcramp.l10n.Texts;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How long the Diary page takes to turn a diary into its chart: the trend of the longest span,
 * the chart's nodes and their layout, for a year and for ten years of nightly entries. Not a
 * test: it asserts nothing; run it with {@code mvn -o test -Dtest=DiaryChartBenchmark -Dgroups=benchmark -DexcludedGroups=}.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class DiaryChartBenchmark {

    private static final int RUNS = 21;

    @Test
    void buildsTheChart() throws Exception {
        DiaryText text = new DiaryText(Texts.ui(Locale.ENGLISH));
        for (int size : new int[] {365, 3_650}) {
            Diary diary = diary(size);
            LocalDate last = diary.lastNight().orElseThrow();
            long[] nanos = WaitForAsyncUtils.asyncFx(() -> {
                long[] times = new long[RUNS];
                for (int run = 0; run < RUNS; run++) {
                    long start = System.nanoTime();
                    Trend trend = Trend.of(diary, TrendSpan.EIGHT_WEEKS, last);
                    TrendChart chart = new TrendChart();
                    chart.show(trend, text.chartDays());
                    text.trendSummary(trend);
                    chart.resize(700, 260);
                    chart.layout();
                    times[run] = System.nanoTime() - start;
                }
                return times;
            }).get();
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "diary chart, %,d entries: median %.2f ms, fastest %.2f ms, slowest %.2f ms (%d runs, first included)%n",
                    size, nanos[RUNS / 2] / 1e6, nanos[0] / 1e6, nanos[RUNS - 1] / 1e6, RUNS);
        }
    }

    private static Diary diary(int nights) {
        List<NightEntry> entries = new ArrayList<>(nights);
        LocalDate first = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < nights; i++) {
            entries.add(new NightEntry(first.plusDays(i), i % 5, (i * 3) % 11, i % 7, i % 10, Set.of(), i % 2 == 0,
                    false, false, "", List.of()));
        }
        return Diary.of(entries);
    }
}
