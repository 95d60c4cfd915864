package org.nightcramp.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Decides when the in-app bedtime notice shows: at the chosen bedtime if the app is open, once a
 * night, again 15 minutes after a snooze. Reads the time only from the clock it is given, so
 * tests can move it across midnight and daylight-saving changes.
 */
public final class BedtimeReminder {

    public static final Duration SNOOZE = Duration.ofMinutes(15);

    private final Clock clock;
    private final Consumer<ReminderSettings> save;
    private ReminderSettings settings;
    private Optional<Instant> snoozedUntil = Optional.empty();

    /** @param save keeps changed settings (the night it showed, a new bedtime) */
    public BedtimeReminder(Clock clock, ReminderSettings settings, Consumer<ReminderSettings> save) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.save = Objects.requireNonNull(save, "save");
    }

    public ReminderSettings settings() {
        return settings;
    }

    /**
     * True when the notice should show now. The night is marked as shown at once, so a restart
     * does not show it twice; a snooze brings it back once its 15 minutes are up.
     */
    public boolean check() {
        Instant now = clock.instant();
        if (!settings.on()) {
            return false;
        }
        if (snoozedUntil.isPresent()) {
            if (now.isBefore(snoozedUntil.get())) {
                return false;
            }
            snoozedUntil = Optional.empty();
            return true;
        }
        LocalDate night = BedtimeSchedule.night(now, clock.getZone());
        if (settings.shownFor().filter(night::equals).isPresent()
                || !BedtimeSchedule.due(now, settings.bedtime(), clock.getZone())) {
            return false;
        }
        change(settings.shownOn(night));
        return true;
    }

    /** "Snooze 15 min": the notice comes back once, 15 minutes from now. */
    public void snooze() {
        snoozedUntil = Optional.of(clock.instant().plus(SNOOZE));
    }

    /** Closed or started: nothing more tonight. */
    public void dismiss() {
        snoozedUntil = Optional.empty();
    }

    /** Whether to offer a bedtime: once, after the first Before-bed routine, and never if already on. */
    public boolean claimOffer() {
        if (settings.offered() || settings.on()) {
            return false;
        }
        change(settings.withOffered());
        return true;
    }

    /** Turns the reminder on at {@code bedtime}; a bedtime already past tonight starts tomorrow. */
    public void choose(LocalTime bedtime) {
        Instant now = clock.instant();
        ReminderSettings chosen = settings.withBedtime(bedtime);
        if (BedtimeSchedule.due(now, bedtime, clock.getZone())) {
            chosen = chosen.shownOn(BedtimeSchedule.night(now, clock.getZone()));
        }
        change(chosen);
        snoozedUntil = Optional.empty();
    }

    public void turnOff() {
        change(settings.turnedOff());
        snoozedUntil = Optional.empty();
    }

    public Optional<LocalTime> bedtime() {
        return settings.on() ? Optional.of(settings.bedtime()) : Optional.empty();
    }

    private void change(ReminderSettings changed) {
        settings = changed;
        save.accept(changed);
    }
}
