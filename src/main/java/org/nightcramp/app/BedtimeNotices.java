package org.nightcramp.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.controlsfx.glyphfont.Glyph;
import org.nightcramp.app.cli.ExportReminderCommand;
import org.nightcramp.app.cli.ReminderExportOptions;
import org.nightcramp.reminder.BedtimeReminder;
import org.nightcramp.reminder.ReminderCalendar;
import org.nightcramp.reminder.ReminderStore;
import org.nightcramp.reminder.ReminderText;

/**
 * The bedtime reminder in the window: a gentle bar at the top of the page, never a modal, with
 * Start (also Enter) and Snooze 15 min; and the bar that offers a bedtime once, after the first
 * Before-bed routine, with "Add to my calendar". The clock is asked twice a minute.
 */
final class BedtimeNotices {

    private static final System.Logger LOG = System.getLogger(BedtimeNotices.class.getName());
    static final String BEFORE_BED = ReminderText.BEFORE_BED;

    private final MainWindow window;
    private final BedtimeReminder reminder;
    private final Clock clock;
    private final Timeline ticker;

    BedtimeNotices(MainWindow window, ReminderStore store, Clock clock) {
        this.window = window;
        this.clock = clock;
        this.reminder = new BedtimeReminder(clock, store.load(), settings -> {
            if (!store.save(settings)) {
                window.showNotice(window.session().texts().text("reminder.notice.notSaved", store.file()));
            }
        });
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(30), e -> check()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    /** Starts asking the clock; called once the window shows. */
    void start() {
        ticker.play();
        check();
    }

    BedtimeReminder reminder() {
        return reminder;
    }

    /** Shows the bedtime notice when it is due: what the ticker does, and tests call. */
    void check() {
        if (reminder.check()) {
            showBedtime();
        }
    }

    /** After a routine ends: the first Before-bed one brings the offer of a reminder. */
    void routineFinished(String routineId) {
        if (BEFORE_BED.equals(routineId) && reminder.claimOffer()) {
            showOffer();
        }
    }

    /** The relief page's "Bedtime reminder" link: choose, change or turn off the bedtime. */
    void choose() {
        reminder.claimOffer();
        showOffer();
    }

    private void showBedtime() {
        AppSession s = window.session();
        Label line = new Label(s.texts().text("reminder.notice.bedtime", reminder.settings().bedtime().toString()));
        line.setId("reminderLine");
        line.setWrapText(true);
        Button start = button("reminderStart", s.texts().text("reminder.notice.start"), "PLAY");
        start.setDefaultButton(true);
        Button snooze = button("reminderSnooze", s.texts().text("reminder.notice.snooze"), "CLOCK_ALT");
        start.setOnAction(e -> {
            reminder.dismiss();
            hide();
            window.startRoutine(BEFORE_BED);
        });
        snooze.setOnAction(e -> {
            reminder.snooze();
            hide();
        });
        show(s, new FlowPane(line, start, snooze), start);
    }

    private void showOffer() {
        AppSession s = window.session();
        Label line = new Label(s.texts().text("reminder.offer.question"));
        line.setId("reminderOfferLine");
        line.setWrapText(true);
        TextField time = new TextField(reminder.settings().bedtime().toString());
        time.setId("reminderTime");
        time.setPrefColumnCount(5);
        time.setAccessibleText(s.texts().text("reminder.offer.time.accessible"));
        line.setLabelFor(time);
        Button on = button("reminderOn", s.texts().text("reminder.offer.on"), "BELL");
        Button calendar = button("reminderCalendar", s.texts().text("reminder.offer.calendar"), "CALENDAR");
        Button no = button("reminderNoThanks", s.texts().text("reminder.offer.no"), "TIMES");
        on.setOnAction(e -> chosen(time).ifPresent(t -> {
            reminder.choose(t);
            hide();
            window.showNotice(s.texts().text("reminder.offer.done", t.toString()));
        }));
        calendar.setOnAction(e -> chosen(time).ifPresent(this::saveCalendar));
        no.setOnAction(e -> hide());
        FlowPane content = new FlowPane(line, time, on, calendar, no);
        if (reminder.bedtime().isPresent()) {
            Button off = button("reminderOff", s.texts().text("reminder.offer.off"), "BELL_SLASH");
            off.setOnAction(e -> {
                reminder.turnOff();
                hide();
            });
            content.getChildren().add(off);
        }
        show(s, content, time);
    }

    /** The time typed, or empty after marking the field and saying how to write it. */
    private Optional<LocalTime> chosen(TextField field) {
        Optional<LocalTime> time = ReminderExportOptions.parseTime(field.getText().trim());
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), time.isEmpty());
        if (time.isEmpty()) {
            field.setTooltip(new javafx.scene.control.Tooltip(window.session().texts().text("reminder.cli.badTime", field.getText())));
            field.requestFocus();
        }
        return time;
    }

    private void saveCalendar(LocalTime time) {
        AppSession s = window.session();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(s.texts().text("reminder.offer.calendar"));
        chooser.setInitialFileName("bedtime-stretch.ics");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(s.texts().text("reminder.calendar.filter"), "*.ics"));
        java.io.File file = chooser.showSaveDialog(window.owner());
        if (file == null) {
            return;
        }
        try {
            String ics = ReminderCalendar.ics(time, clock.getZone(), clock.instant(),
                    ReminderText.of(s.guide(), s.texts()));
            ExportReminderCommand.write(file.toPath(), ics, true);
            hide();
            window.showNotice(s.texts().text("reminder.calendar.saved", file.toPath()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "Cannot write the reminder to " + file, e);
            window.showNotice(s.texts().text("reminder.calendar.failed", file.toPath()));
        }
    }

    private void show(AppSession s, FlowPane content, Node focus) {
        show(window, content, focus);
    }

    /** Puts a row of words and buttons in the window's notice bar, {@code focus} ready for Enter. */
    static void show(MainWindow window, FlowPane content, Node focus) {
        AppSession s = window.session();
        content.getStyleClass().add("reminder-bar");
        content.setHgap(8);
        content.setVgap(6);
        window.notifications().showContent(content, s.texts().text("notice.accessible"), s.texts().text("dialog.close"));
        // Focus once the bar is laid out, so Enter does the main thing; the page keeps working around it.
        Platform.runLater(focus::requestFocus);
    }

    private void hide() {
        window.notifications().hide();
    }

    static Button button(String id, String text, String glyph) {
        Button button = new Button(text, new Glyph("FontAwesome", glyph));
        button.setId(id);
        return button;
    }
}
