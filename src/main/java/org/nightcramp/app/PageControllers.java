package org.nightcramp.app;

import java.util.Optional;
import org.nightcramp.diary.page.DiaryView;
import org.nightcramp.reader.ReaderView;
import org.nightcramp.relief.ReliefView;

/**
 * The controllers of the pages the window itself drives (the reader's sections, the relief
 * routine), kept as the composition creates them, so the window calls them by type rather than
 * fishing them out of a node's properties.
 */
final class PageControllers {

    private ReaderView reader;
    private ReliefView relief;
    private DiaryView diary;

    ReaderView created(ReaderView view) {
        this.reader = view;
        return view;
    }

    ReliefView created(ReliefView view) {
        this.relief = view;
        return view;
    }

    DiaryView created(DiaryView view) {
        this.diary = view;
        return view;
    }

    Optional<DiaryView> diary() {
        return Optional.ofNullable(diary);
    }

    Optional<ReaderView> reader() {
        return Optional.ofNullable(reader);
    }

    Optional<ReliefView> relief() {
        return Optional.ofNullable(relief);
    }
}
