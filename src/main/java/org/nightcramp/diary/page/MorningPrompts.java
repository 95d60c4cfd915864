package org.nightcramp.diary.page;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.nightcramp.diary.Diary;
import org.nightcramp.storage.JsonFileStore;

/**
 * The morning prompt for the whole run: the page's switch and the window's notice share it, and
 * each change is written to {@code diary-prompt.json}. A damaged file only turns the prompt back on.
 */
public final class MorningPrompts {

    private static final System.Logger LOG = System.getLogger(MorningPrompts.class.getName());

    private final JsonFileStore<MorningPrompt> store;
    private final Clock clock;
    private final BooleanProperty on = new SimpleBooleanProperty(this, "on");
    private MorningPrompt current;

    public MorningPrompts(JsonFileStore<MorningPrompt> store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.current = store.load().value();
        on.set(current.on());
        on.addListener((obs, old, now) -> keep(current.withOn(now)));
    }

    /** Whether it offers to log last night when the app opens; the page's switch binds to it. */
    public BooleanProperty onProperty() {
        return on;
    }

    public Path file() {
        return store.file();
    }

    /** True when the prompt should show now; it then counts as shown for today. */
    public boolean claim(Diary diary) {
        if (!current.due(diary, clock)) {
            return false;
        }
        keep(current.offered(clock));
        return true;
    }

    private void keep(MorningPrompt changed) {
        current = changed;
        try {
            store.save(changed);
        } catch (IOException e) {
            // The choice still holds until the app closes; at worst the prompt comes once more.
            LOG.log(Level.WARNING, "Cannot save the morning prompt to " + store.file(), e);
        }
    }
}
