package org.nightcramp.diary.page;

import java.time.Clock;
import java.time.LocalDate;
import org.nightcramp.diary.NightDates;
import org.nightcramp.diary.ReliefAnswer;

/**
 * What the relief routines write into the diary for the person, dated by the night under way (at
 * 3 a.m. the night that began the evening before). The app calls it from relief's callbacks, so
 * relief knows nothing of the diary; the page shows both and the person can correct them.
 */
public final class RoutineEntries {

    private final DiaryBook book;
    private final Clock clock;

    public RoutineEntries(DiaryBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    /** A finished Before-bed routine: this evening's stretch is done. False when it could not be written. */
    public boolean stretchDone() {
        return book.update(tonight(), entry -> entry.withStretched(true));
    }

    /** "Did it help?" after Cramp now: one more cramp tonight, with the answer. False when it could not be written. */
    public boolean crampNow(ReliefAnswer answer) {
        return book.update(tonight(), entry -> entry.withCrampNow(answer));
    }

    private LocalDate tonight() {
        return NightDates.current(clock);
    }
}
