package org.nightcramp.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.DiaryStore;
import org.nightcramp.diary.NightDates;
import org.nightcramp.diary.NightEntry;
import org.nightcramp.storage.StrictJson;

/** A diary for pictures and layout checks: five weeks up to last night, a few gaps, enough for "What changed". */
final class DiarySeed {

    private DiarySeed() {
    }

    static void fiveWeeks(Path dataDir) throws IOException {
        LocalDate last = NightDates.lastNight(Clock.systemDefaultZone());
        List<NightEntry> nights = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            if (i % 9 != 4) {
                boolean stretched = i % 2 == 0;
                int cramps = stretched ? i % 3 : 1 + i % 4;
                nights.add(new NightEntry(last.minusDays(i), cramps, cramps == 0 ? 0 : 2 + cramps, cramps, cramps * 2,
                        Set.of(), stretched, false, false, "", List.of()));
            }
        }
        new DiaryStore(dataDir, StrictJson.create(), Clock.systemDefaultZone()).save(Diary.of(nights));
    }
}
