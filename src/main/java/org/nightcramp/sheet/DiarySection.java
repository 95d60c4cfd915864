package org.nightcramp.sheet;

import java.util.List;
import org.nightcramp.diary.Trend;

/**
 * The sheet's "My last weeks": the diary's trend as a chart, its comparisons and its warnings,
 * already in words. Only on the sheet when the diary has entries.
 *
 * @param covered    how many nights are logged and the dates they cover
 * @param dateLabels under the chart: its first, middle and last night
 * @param legend     cramps (bars), worst severity (line), stretch done (marker), not logged (blank)
 * @param changes    the "What changed" lines, or the one line saying there is not enough yet
 * @param caveat     that it is a small personal comparison, not proof
 * @param warnings   the diary's warnings, each with its night; {@code urgent} ones are drawn in red
 */
public record DiarySection(String heading, String covered, Trend trend, List<String> dateLabels,
                           List<String> legend, String changesHeading, List<String> changes, String caveat,
                           String warningsHeading, List<Warning> warnings) {

    public DiarySection {
        dateLabels = List.copyOf(dateLabels);
        legend = List.copyOf(legend);
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    /** One warning line, in the words the page uses too. */
    public record Warning(String text, boolean urgent) {
    }
}
