package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.app.cli.CommandLine;
import org.nightcramp.storage.StrictJson;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 9.8: with English and a computer set to no country (C.UTF-8), Get help showed the UK's
 * 999 as the number "for where you are". The person chooses their country once, at the first
 * start, can change it in Get help, and it is remembered; a country the guide does not list gets
 * no guessed number but the list, and a question.
 */
@ExtendWith(ApplicationExtension.class)
class CountryTest {

    @TempDir
    Path dataDir;

    private Locale system;

    @BeforeEach
    void noCountryOnThisComputer() {
        system = Locale.getDefault();
        // As with LANG=C.UTF-8: a language, no country.
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(system);
    }

    @Test
    void withoutAChoiceGetHelpShowsNoGuessedNumberButTheListAndAsks() throws Exception {
        try (TestWindow app = TestWindow.start(dataDir, "en", false, 1.0, 1100, 760)) {
            openHelp(app);
            Label number = (Label) lookup("helpEmergencyNumber");
            assertFalse(TestWindow.call(number::isVisible), "a number shown: " + number.getText());
            TitledPane list = (TitledPane) lookup("helpOtherCountries");
            assertTrue(TestWindow.call(list::isExpanded), "the list of numbers is open");
            assertTrue(TestWindow.call(() -> ((ComboBox<?>) lookup("helpCountry")).getValue() == null));
            closeHelp();
        }
    }

    @Test
    void theCountryChosenInGetHelpPicksTheNumberAndIsRemembered() throws Exception {
        try (TestWindow app = TestWindow.start(dataDir, "en", false, 1.0, 1100, 760)) {
            openHelp(app);
            choose("helpCountry", "US");
            assertEquals("911", TestWindow.call(() -> ((Label) lookup("helpEmergencyNumber")).getText()));
            closeHelp();
        }
        assertEquals("US", saved().country());
        try (TestWindow app = TestWindow.restart(dataDir, 1100, 760)) {
            openHelp(app);
            assertEquals("911", TestWindow.call(() -> ((Label) lookup("helpEmergencyNumber")).getText()));
            choose("helpCountry", Settings.COUNTRY_NOT_LISTED);
            assertFalse(TestWindow.call(() -> lookup("helpEmergencyNumber").isVisible()));
            closeHelp();
        }
        assertEquals(Settings.COUNTRY_NOT_LISTED, saved().country());
    }

    @Test
    void theFirstStartAsksWithTheDisclaimer() throws Exception {
        Stage[] stage = new Stage[1];
        TestWindow.call(() -> {
            stage[0] = new Stage();
            return AppStartup.start(stage[0], CommandLine.parse(List.of("--data-dir", dataDir.toString(),
                    "--locale", "en"))).orElseThrow();
        });
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find("disclaimerCountry") != null);
            choose("disclaimerCountry", "CN");
            TestWindow.call(() -> {
                ((Button) find("disclaimerAccept")).fire();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            Settings settings = saved();
            assertTrue(settings.disclaimerAcknowledged());
            assertEquals("CN", settings.country());
        } finally {
            WaitForAsyncUtils.asyncFx(stage[0]::close).get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void settingsSavedBeforeTheCountryWasAskedForStillLoad() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), """
                {"schema":1,"locale":"zh-CN","theme":"night","textScale":1.3,
                 "window":{"x":10,"y":20,"width":1000,"height":700,"maximized":false},
                 "disclaimerAcknowledged":true}""");
        var loaded = new SettingsRepository(dataDir, StrictJson.create(), Clock.systemUTC()).load();
        assertTrue(loaded.notice().isEmpty(), "not treated as damaged: " + loaded.notice());
        assertEquals("zh-CN", loaded.value().locale());
        assertTrue(loaded.value().disclaimerAcknowledged());
        assertFalse(loaded.value().countryChosen());
    }

    private Settings saved() {
        return new SettingsRepository(dataDir, StrictJson.create(), Clock.systemUTC()).load().value();
    }

    private static void openHelp(TestWindow app) throws Exception {
        Platform.runLater(() -> ((Button) app.node("getHelpButton")).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find("helpEmergencyNumber") != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void closeHelp() {
        TestWindow.call(() -> {
            ((Button) find("helpClose")).fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static void choose(String id, String code) {
        TestWindow.call(() -> {
            ComboBox<CountryChooser.Option> combo = (ComboBox<CountryChooser.Option>) lookup(id);
            combo.setValue(combo.getItems().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node lookup(String id) {
        Node found = find(id);
        if (found == null) {
            throw new AssertionError("No #" + id + " in any window");
        }
        return found;
    }

    /** A node in any open window, such as a dialog. */
    private static Node find(String id) {
        return TestWindow.call(() -> Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().lookup("#" + id)).filter(n -> n != null).findFirst().orElse(null));
    }
}
