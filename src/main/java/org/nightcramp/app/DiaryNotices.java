package org.nightcramp.app;

import java.time.Clock;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.nightcramp.content.Routine;
import org.nightcramp.diary.ReliefAnswer;
import org.nightcramp.diary.page.DiaryBook;
import org.nightcramp.diary.page.MorningPrompts;
import org.nightcramp.diary.page.RoutineEntries;
import org.nightcramp.relief.HelpAnswer;

/**
 * The diary in the window: the morning notice that offers to log last night (never a modal, at
 * most once a day, switchable off), and what the relief routines fill in for the person: a
 * finished Before-bed routine marks that evening's stretch, a Cramp-now routine's "Did it help?"
 * adds a cramp to that night with the answer. The Diary page can correct both.
 */
final class DiaryNotices {

    private final MainWindow window;
    private final DiaryBook book;
    private final MorningPrompts prompts;
    private final RoutineEntries routines;

    DiaryNotices(MainWindow window, DiaryBook book, MorningPrompts prompts, Clock clock) {
        this.window = window;
        this.book = book;
        this.prompts = prompts;
        this.routines = new RoutineEntries(book, clock);
    }

    /** At start-up: offers to log last night when it is missing, unless another notice is up. */
    void start() {
        if (!window.notifications().isShowing() && prompts.claim(book.diary())) {
            showPrompt();
        }
    }

    /** A routine ran to its end: Before bed marks this evening's stretch as done. */
    void routineFinished(String routineId) {
        if (Routine.BEFORE_BED.equals(routineId)) {
            save(routines.stretchDone());
        }
    }

    /** "Did it help?" after Cramp now: one more cramp tonight, with the answer. */
    void helpAnswered(String routineId, HelpAnswer answer) {
        if (Routine.CRAMP_NOW.equals(routineId)) {
            // The diary keeps its own copy of the answers, with the same names.
            save(routines.crampNow(ReliefAnswer.valueOf(answer.name())));
        }
    }

    private void save(boolean written) {
        if (!written) {
            window.showNotice(window.session().texts().text("diary.page.notSaved", book.file()));
        }
    }

    private void showPrompt() {
        AppSession s = window.session();
        Label line = new Label(s.texts().text("diary.prompt.question"));
        line.setId("diaryPromptLine");
        line.setWrapText(true);
        Button log = BedtimeNotices.button("diaryPromptLog", s.texts().text("diary.prompt.log"), "PENCIL");
        log.setDefaultButton(true);
        Button later = BedtimeNotices.button("diaryPromptLater", s.texts().text("diary.prompt.later"), "TIMES");
        Button off = BedtimeNotices.button("diaryPromptOff", s.texts().text("diary.prompt.off"), "BELL_SLASH");
        log.setOnAction(e -> {
            window.notifications().hide();
            window.logLastNight();
        });
        later.setOnAction(e -> window.notifications().hide());
        off.setOnAction(e -> {
            prompts.onProperty().set(false);
            window.notifications().hide();
            window.showNotice(s.texts().text("diary.prompt.offDone"));
        });
        BedtimeNotices.show(window, new FlowPane(line, log, later, off), log);
    }

}
