package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.app.cli.CommandLine;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.EmergencyNumbers;
import org.nightcramp.l10n.Texts;
import org.nightcramp.navigation.Page;
import org.nightcramp.storage.StrictJson;
import org.nightcramp.testing.FocusedWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window like a person: language, theme, text size, help, reader, find. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    Path dataDir;

    private Stage stage;

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (stage != null) {
                stage.close();
            }
        }).get(5, TimeUnit.SECONDS);
    }

    private MainWindow start(FxRobot robot, String... args) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        CommandLine cmd = CommandLine.parse(all);
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            return AppStartup.start(stage, cmd).orElseThrow();
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    private void acknowledged() throws IOException {
        Files.writeString(dataDir.resolve("settings.json"), """
                {"schema":1,"locale":"en","theme":"light","textScale":1.0,
                 "window":{"x":-1,"y":-1,"width":1100,"height":760,"maximized":false},
                 "disclaimerAcknowledged":true}""");
    }

    private String settingsFile() throws IOException {
        return Files.readString(dataDir.resolve("settings.json"));
    }

    @Test
    void firstLaunchAsksOnceForTheDisclaimer(FxRobot robot) throws Exception {
        start(robot, "--locale", "en");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#disclaimerAccept").tryQuery().isPresent());
        robot.clickOn("#disclaimerAccept");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(settingsFile().replace(" ", "").contains("\"disclaimerAcknowledged\":true"), settingsFile());
        close();
        start(robot);
        assertTrue(robot.lookup("#disclaimerAccept").tryQuery().isEmpty(), "disclaimer shown again");
    }

    @Test
    void switchesLanguageAtRunTimeAndRemembersIt(FxRobot robot) throws Exception {
        acknowledged();
        MainWindow window = start(robot);
        robot.clickOn("#navReader");
        ComboBox<LanguageOption> choice = robot.lookup("#languageChoice").queryComboBox();
        LanguageOption chinese = choice.getItems().stream().filter(l -> l.tag().equals("zh-CN")).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> choice.setValue(chinese)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        String title = library().load("zh-CN").guide().meta().title();
        assertEquals(title, robot.lookup("#appTitle").queryAs(Label.class).getText());
        assertEquals(Page.READER, window.session() == null ? null : currentPage(robot));
        assertTrue(settingsFile().contains("\"zh-CN\""), settingsFile());
    }

    @Test
    void nightThemeAndTextSizeApplyAndPersist(FxRobot robot) throws Exception {
        acknowledged();
        start(robot);
        Node root = robot.lookup("#mainWindow").query();
        assertFalse(root.getStyleClass().contains("theme-night"));
        robot.clickOn(robot.lookup("#nightSwitch .thumb-area").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        root = robot.lookup("#mainWindow").query();
        assertTrue(root.getStyleClass().contains("theme-night"));
        assertTrue(root.getStyle().contains(TextScale.fontPx(1.0, true) + "px"), root.getStyle());
        FocusedWindow.of(stage);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#mainWindow").query().getStyle().contains(TextScale.fontPx(1.15, true) + "px"));
        assertTrue(settingsFile().contains("\"night\""), settingsFile());
        close();
        start(robot);
        Node again = robot.lookup("#mainWindow").query();
        assertTrue(again.getStyleClass().contains("theme-night"), "night theme remembered");
        assertTrue(again.getStyle().contains(TextScale.fontPx(1.15, true) + "px"), "text size remembered");
    }

    @Test
    void getHelpShowsTheWarningSignsAndTheEmergencyNumber(FxRobot robot) throws Exception {
        // The number is the one for the country the person chose (issue 9.8), here the UK.
        Files.writeString(dataDir.resolve("settings.json"), """
                {"schema":1,"locale":"en","theme":"light","textScale":1.0,
                 "window":{"x":-1,"y":-1,"width":1100,"height":760,"maximized":false},
                 "disclaimerAcknowledged":true,"country":"GB"}""");
        start(robot);
        robot.clickOn("#getHelpButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#helpEmergencyNumber").tryQuery().isPresent());
        var help = library().load("en").guide().medicalHelp();
        String expected = EmergencyNumbers.forCountry(help.emergencyNumbers(), "GB").orElseThrow()
                .numbers().get(0).number();
        assertEquals(expected, robot.lookup("#helpEmergencyNumber").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#help-urgent-clot-signs").tryQuery().isPresent());
        robot.clickOn("#helpClose");
    }

    @Test
    void theAdviceSheetPageShowsThePreview(FxRobot robot) throws Exception {
        acknowledged();
        start(robot);
        robot.clickOn("#navSheet");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sheetPageFrame-1").tryQuery().isPresent());
        assertTrue(robot.lookup("#sheetPrint").tryQuery().isPresent());
        assertTrue(robot.lookup("#sheetName").tryQuery().isPresent());
    }

    @Test
    void corruptSettingsAreKeptAsideAndTheUserIsTold(FxRobot robot) throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), "{\"schema\": 1, \"theme\": ");
        start(robot, "--locale", "en");
        robot.lookup("#disclaimerAccept").tryQuery().ifPresent(robot::clickOn);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#notifications").queryAs(NoticeBar.class).isShowing());
        String text = robot.lookup("#notifications").queryAs(NoticeBar.class).getText();
        try (var files = Files.list(dataDir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            String kept = names.stream().filter(n -> n.startsWith("settings.json.corrupt-")).findFirst().orElseThrow();
            assertTrue(text.contains(kept), text);
            assertEquals("{\"schema\": 1, \"theme\": ", Files.readString(dataDir.resolve(kept)));
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aPipeInPlaceOfTheSettingsNeverHoldsTheWindowBack(FxRobot robot) throws Exception {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", dataDir.resolve("settings.json").toString()).start();
        } catch (java.io.IOException e) {
            throw new org.opentest4j.TestAbortedException("mkfifo is not available here");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0);
        start(robot, "--locale", "en");
        robot.lookup("#disclaimerAccept").tryQuery().ifPresent(robot::clickOn);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#notifications").queryAs(NoticeBar.class).isShowing());
        String text = robot.lookup("#notifications").queryAs(NoticeBar.class).getText();
        assertTrue(text.contains("settings.json.corrupt-"), text);
        assertTrue(Files.isRegularFile(dataDir.resolve("settings.json")), "saved afresh once the disclaimer was read");
    }

    @Test
    void ctrlFFromAnyPageOpensTheReaderAndFindsAWord(FxRobot robot) throws Exception {
        acknowledged();
        start(robot);
        FocusedWindow.of(stage);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.READER, currentPage(robot));
        assertTrue(robot.lookup("#findField").query().isFocused(), "find field focused");
        robot.write("heel");
        WaitForAsyncUtils.waitForFxEvents();
        var document = org.nightcramp.reader.ReaderDocumentBuilder.build(library().load("en").guide(),
                Texts.ui(Locale.ENGLISH));
        var find = new org.nightcramp.reader.FindModel(document.texts());
        find.search("heel");
        int expected = find.count();
        assertTrue(expected > 1, "the guide mentions heels more than once");
        assertEquals("1 of " + expected, robot.lookup("#findStatus").queryAs(Label.class).getText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 of " + expected, robot.lookup("#findStatus").queryAs(Label.class).getText());
    }

    private static Page currentPage(FxRobot robot) {
        return robot.lookup("#navBar .toggle-button").queryAll().stream()
                .map(n -> (javafx.scene.control.ToggleButton) n)
                .filter(javafx.scene.control.ToggleButton::isSelected)
                .map(b -> (Page) b.getUserData())
                .findFirst().orElseThrow();
    }

    private static ContentLibrary library() {
        return new ContentLibrary(new ClasspathContentSource(), StrictJson.create());
    }
}
