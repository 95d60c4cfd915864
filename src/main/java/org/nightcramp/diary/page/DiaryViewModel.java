package org.nightcramp.diary.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.DiaryAlert;
import org.nightcramp.diary.DiaryWarning;
import org.nightcramp.diary.NightDates;
import org.nightcramp.diary.NightEntry;
import org.nightcramp.diary.Trend;
import org.nightcramp.diary.TrendSpan;
import org.nightcramp.diary.WarningRules;
import org.nightcramp.diary.WhatChanged;
import org.nightcramp.navigation.Navigator;

/**
 * The Diary page's state and commands: the night being edited and its form, the trend of the
 * chosen weeks, "What changed" and the warnings. An entry is written the moment it is saved.
 */
public final class DiaryViewModel {

    private final DiaryBook book;
    private final DiaryText text;
    private final Clock clock;
    private final Navigator navigator;
    private final MorningPrompts prompts;
    private final EntryForm form = new EntryForm();

    private final ObjectProperty<LocalDate> night = new SimpleObjectProperty<>(this, "night");
    private final ReadOnlyBooleanWrapper logged = new ReadOnlyBooleanWrapper(this, "logged");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper urgent = new ReadOnlyBooleanWrapper(this, "urgent");
    private final ObjectProperty<TrendSpan> span = new SimpleObjectProperty<>(this, "span", TrendSpan.FOUR_WEEKS);
    private final ReadOnlyObjectWrapper<Trend> trend = new ReadOnlyObjectWrapper<>(this, "trend");
    private final ReadOnlyStringWrapper trendSummary = new ReadOnlyStringWrapper(this, "trendSummary", "");
    private final ReadOnlyObjectWrapper<List<List<DiaryText.Side>>> whatChanged =
            new ReadOnlyObjectWrapper<>(this, "whatChanged", List.of());
    private final ReadOnlyStringWrapper notYet = new ReadOnlyStringWrapper(this, "notYet", "");
    private final ReadOnlyStringWrapper doctorLine = new ReadOnlyStringWrapper(this, "doctorLine", "");

    /**
     * @param clock     dates the nights where the person is
     * @param navigator the urgent help panel, notices and the question before an import replaces nights
     * @param prompts   the morning prompt, switched on and off on the page
     */
    public DiaryViewModel(DiaryBook book, DiaryText text, Clock clock, Navigator navigator, MorningPrompts prompts) {
        this.book = Objects.requireNonNull(book, "book");
        this.text = Objects.requireNonNull(text, "text");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        night.addListener((obs, old, now) -> {
            if (now == null || now.isAfter(latestNight())) {
                night.set(old == null ? NightDates.lastNight(clock) : old);
                return;
            }
            status.set("");
            urgent.set(false);
            readNight();
        });
        night.set(NightDates.lastNight(clock));
        span.addListener((obs, old, now) -> refresh());
        // The routines fill the diary in while the page is open: the chart and an untouched form follow.
        book.diaryProperty().addListener((obs, old, now) -> {
            if (!Objects.equals(old.entry(night.get()), now.entry(night.get()))) {
                readNight();
            }
            refresh();
        });
        refresh();
    }

    // Properties

    public EntryForm form() {
        return form;
    }

    /** The night the form shows, dated by the evening it began; never later than the current night. */
    public ObjectProperty<LocalDate> nightProperty() {
        return night;
    }

    /** Whether the night shown is already in the diary: the form then corrects it. */
    public ReadOnlyBooleanProperty loggedProperty() {
        return logged.getReadOnlyProperty();
    }

    /** What the last save did, such as "Saved the night of ...". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the last save found a warning sign; the status then says which. */
    public ReadOnlyBooleanProperty urgentProperty() {
        return urgent.getReadOnlyProperty();
    }

    public ObjectProperty<TrendSpan> spanProperty() {
        return span;
    }

    public ReadOnlyObjectProperty<Trend> trendProperty() {
        return trend.getReadOnlyProperty();
    }

    /** The chart in one sentence, for screen readers and under the chart. */
    public ReadOnlyStringProperty trendSummaryProperty() {
        return trendSummary.getReadOnlyProperty();
    }

    /** The "What changed" comparisons there is enough for, two sides to a row; empty until then. */
    public ReadOnlyObjectProperty<List<List<DiaryText.Side>>> whatChangedProperty() {
        return whatChanged.getReadOnlyProperty();
    }

    /** While no comparison can be made: what it needs and how far the diary is; else empty. */
    public ReadOnlyStringProperty notYetProperty() {
        return notYet.getReadOnlyProperty();
    }

    /** "See a doctor" in plain words when the nights are frequent; empty otherwise. */
    public ReadOnlyStringProperty doctorLineProperty() {
        return doctorLine.getReadOnlyProperty();
    }

    /** Whether the window offers, when it opens, to log a night that is missing. */
    public BooleanProperty morningPromptProperty() {
        return prompts.onProperty();
    }

    public DiaryText text() {
        return text;
    }

    // Commands

    /** Writes the form for the night shown; a warning sign brings up the urgent help panel. */
    public void save() {
        NightEntry entry = form.entry(night.get());
        boolean written = book.put(entry);
        List<DiaryWarning> warnings = WarningRules.urgentFor(entry);
        urgent.set(!warnings.isEmpty());
        status.set(warnings.isEmpty() ? text.saved(entry.night()) : text.savedWithWarning(entry.night(), warnings));
        if (!written) {
            navigator.showNotice(text.notSaved(book.file()));
        }
        if (!warnings.isEmpty()) {
            navigator.openHelp();
        }
    }

    public void previousNight() {
        night.set(night.get().minusDays(1));
    }

    public void nextNight() {
        if (!night.get().isAfter(latestNight().minusDays(1))) {
            night.set(night.get().plusDays(1));
        }
    }

    /** Back to the night just over, as the page opens. */
    public void lastNight() {
        night.set(NightDates.lastNight(clock));
    }

    /** Whether there is a later night to move to. */
    public boolean hasNextNight() {
        return night.get().isBefore(latestNight());
    }

    private void readNight() {
        Diary diary = book.diary();
        logged.set(diary.entry(night.get()).isPresent());
        form.read(diary.entryOrQuiet(night.get()));
    }

    /** The night under way (at 2 a.m., the one that began yesterday evening): nothing later is logged. */
    private LocalDate latestNight() {
        return NightDates.current(clock);
    }

    private void refresh() {
        Diary diary = book.diary();
        logged.set(diary.entry(night.get()).isPresent());
        // The chart ends with the night just over, or tonight once something of tonight is logged.
        LocalDate last = diary.entry(latestNight()).isPresent() ? latestNight() : NightDates.lastNight(clock);
        Trend shown = Trend.of(diary, span.get(), last);
        trend.set(shown);
        trendSummary.set(text.trendSummary(shown));
        WhatChanged changed = WhatChanged.of(diary, last);
        whatChanged.set(text.whatChanged(changed));
        notYet.set(changed.isEmpty() ? text.notYet(diary) : "");
        doctorLine.set(WarningRules.check(diary, last, WarningRules.FREQUENT_WEEKS * 7).stream()
                .map(DiaryAlert::warning).filter(w -> !w.getHelpNow()).findFirst()
                .map(text::warning).orElse(""));
    }
}
