package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.storage.Loaded;
import org.nightcramp.storage.StoreNotice;
import org.nightcramp.storage.StrictJson;

class SettingsRepositoryTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-03-14T02:30:05Z"), ZoneOffset.UTC);

    @TempDir
    Path home;
    private Path dataDir;
    private SettingsRepository repository;

    @BeforeEach
    void setUp() {
        dataDir = home.resolve("night-cramp-guide");
        repository = new SettingsRepository(dataDir, StrictJson.create(), CLOCK);
    }

    @Test
    void firstRunGetsDefaults() {
        assertEquals(dataDir.resolve("settings.json"), repository.file());
        assertEquals(Loaded.clean(Settings.defaults()), repository.load());
    }

    @Test
    void savedSettingsLoadBack() throws IOException {
        Settings chosen = Settings.defaults().withLocale("zh-CN").withTheme(Theme.NIGHT)
                .withTextScale(1.5).withWindow(new WindowBounds(40, 50, 900, 700, false))
                .withDisclaimerAcknowledged(true);

        repository.save(chosen);

        assertTrue(Files.readString(dataDir.resolve("settings.json")).contains("\"theme\" : \"night\""));
        assertEquals(Loaded.clean(chosen), repository.load());
    }

    @Test
    void outOfRangeNumbersAreClampedNotTreatedAsDamage() throws IOException {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("settings.json"), """
                {"schema": 1, "locale": "en", "theme": "night", "textScale": 9.0,
                 "window": {"x": 5, "y": 6, "width": 200, "height": 100, "maximized": false},
                 "disclaimerAcknowledged": true}
                """);

        Loaded<Settings> loaded = repository.load();

        assertEquals(new Settings(1, "en", Theme.NIGHT, 2.0,
                new WindowBounds(5, 6, 640, 480, false), true), loaded.value());
        assertEquals(Optional.empty(), loaded.notice());
        assertTrue(Files.exists(dataDir.resolve("settings.json")));
    }

    @Test
    void unknownThemeSetsTheFileAsideAndUsesDefaults() throws IOException {
        Files.createDirectories(dataDir);
        String damaged = """
                {"schema": 1, "locale": "", "theme": "dark", "textScale": 1.0,
                 "window": {"x": -1, "y": -1, "width": 1100, "height": 760, "maximized": false},
                 "disclaimerAcknowledged": true}
                """;
        Files.writeString(dataDir.resolve("settings.json"), damaged);

        Loaded<Settings> loaded = repository.load();

        assertEquals(Settings.defaults(), loaded.value());
        StoreNotice notice = loaded.notice().orElseThrow();
        assertEquals(StoreNotice.Kind.RESET_TO_DEFAULTS, notice.kind());
        Path aside = dataDir.resolve("settings.json.corrupt-20260314-023005");
        assertEquals(Optional.of(aside), notice.keptAs());
        assertEquals(damaged, Files.readString(aside));
    }

    @Test
    void restoredBackupIsSanitizedToo() throws IOException {
        repository.save(Settings.defaults().withTextScale(0.1));
        repository.save(Settings.defaults());
        Files.writeString(dataDir.resolve("settings.json"), "{");

        Loaded<Settings> loaded = repository.load();

        assertEquals(StoreNotice.Kind.RESTORED_FROM_BACKUP, loaded.notice().orElseThrow().kind());
        assertEquals(Settings.defaults().withTextScale(0.8), loaded.value());
    }
}
