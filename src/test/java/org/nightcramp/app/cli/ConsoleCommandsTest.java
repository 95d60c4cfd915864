package org.nightcramp.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.app.AppInfo;
import org.nightcramp.content.ContentFolder;

/** The console answers, with output captured in memory. */
class ConsoleCommandsTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Locale locale, String... args) throws CommandLine.UsageException {
        return commands(locale).run(CommandLine.parse(List.of(args)));
    }

    private ConsoleCommands commands(Locale locale) {
        return new ConsoleCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), locale);
    }

    private List<String> out() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private List<String> err() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void helpPrintsUsageWithTheVersion() throws CommandLine.UsageException {
        assertEquals(ConsoleCommands.OK, run(Locale.ENGLISH, "--help"));

        assertEquals("Night Cramp Guide " + AppInfo.version(), out().get(0));
        assertTrue(out().stream().anyMatch(l -> l.startsWith("  --check-content DIR")), out()::toString);
        assertEquals(List.of(), err());
    }

    @Test
    void versionPrintsTheBuildVersion() throws CommandLine.UsageException {
        assertEquals(ConsoleCommands.OK, run(Locale.ENGLISH, "--version"));

        assertEquals(List.of("Night Cramp Guide " + AppInfo.version()), out());
        // The build writes the project version in; "development" would mean it did not.
        assertTrue(AppInfo.version().matches("\\d+\\.\\d+\\.\\d+.*"), AppInfo.version());
    }

    @Test
    void cleanFolderPrintsTheCleanMessage() throws Exception {
        ContentFolder.bundledCopy(dir);

        assertEquals(ConsoleCommands.OK, run(Locale.ENGLISH, "--check-content", dir.toString()));

        assertEquals(List.of("No problems found in " + dir.toAbsolutePath() + "."), out());
        assertEquals(List.of(), err());
    }

    @Test
    void brokenFolderPrintsEveryProblemAndTheCount() throws Exception {
        ContentFolder folder = ContentFolder.bundledCopy(dir);
        folder.edit("en", g -> ((ObjectNode) g.at("/meta")).put("lastReviewed", "soon"));
        folder.edit("zh-CN", g -> ((ObjectNode) g.at("/causes/1")).put("titel", "x"));
        folder.delete("illustrations/heel-walk.svg");

        assertEquals(ConsoleCommands.PROBLEMS, run(Locale.ENGLISH, "--check-content=" + dir));

        // zh-CN cannot be read, so its drawings are not looked for: three problems in all.
        List<String> lines = out();
        assertEquals(4, lines.size(), lines::toString);
        assertEquals("en/guide.json ($.meta.lastReviewed): The date \"soon\" should be written as year-month-day, "
                + "such as 2026-11-20.", lines.get(0));
        assertEquals("en/guide.json ($.routines[0].steps[4].illustration): There is no file \"heel-walk.svg\" "
                + "in the illustrations/ folder. Check the name, or add the file.", lines.get(1));
        assertTrue(lines.get(2).matches("zh-CN/guide.json:\\d+:\\d+ \\(\\$\\.causes\\[1]\\.titel\\): Unknown property .*"),
                lines::toString);
        assertEquals("3 problem(s) found in " + dir.toAbsolutePath() + ".", lines.get(3));
        assertEquals(List.of(), err());
    }

    @Test
    void aTranslationMissingASafetyPointFailsTheCheck() throws Exception {
        ContentFolder.bundledCopy(dir).edit("zh-CN", g -> ((ObjectNode) g.at("/safetyPoints")).remove("check-yes"));

        assertEquals(ConsoleCommands.PROBLEMS, run(Locale.ENGLISH, "--check-content", dir.toString()));

        List<String> lines = out();
        assertEquals(2, lines.size(), lines::toString);
        assertEquals("zh-CN/guide.json ($.safetyPoints): The safety point \"check-yes\" has no wording in this "
                + "language (first used at $.routines[0].steps[2].safety). Add \"check-yes\" to safetyPoints, "
                + "translated from the English guide in full: it is shown word for word on every page and sheet "
                + "that carries it.", lines.get(0));
    }

    @Test
    void problemsArePrintedInTheUsersLanguage() throws Exception {
        ContentFolder.bundledCopy(dir).delete("en/guide.json");

        assertEquals(ConsoleCommands.PROBLEMS, run(Locale.SIMPLIFIED_CHINESE, "--check-content", dir.toString()));

        assertEquals(List.of("en/guide.json: 缺少英文指南（en/guide.json）。每个内容文件夹都需要它，其他语言会与它对照检查。",
                "在 " + dir.toAbsolutePath() + " 中发现 1 个问题。"), out());
    }

    @Test
    void missingFolderIsAUsageError() throws CommandLine.UsageException {
        Path nowhere = dir.resolve("nowhere");

        assertEquals(ConsoleCommands.USAGE, run(Locale.ENGLISH, "--check-content", nowhere.toString()));

        assertEquals(List.of("Not a folder: " + nowhere.toAbsolutePath()), err());
        assertEquals(List.of(), out());
    }

    @Test
    void fileInsteadOfAFolderIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("guide.json"), "{}");

        assertEquals(ConsoleCommands.USAGE, run(Locale.ENGLISH, "--check-content", file.toString()));
    }

    @Test
    void usageErrorNamesTheOptionAndPointsToHelp() {
        var e = new CommandLine.UsageException("cli.unknownOption", "--colour");

        assertEquals(ConsoleCommands.USAGE, commands(Locale.ENGLISH).usageError(e));

        assertEquals(List.of("Unknown option: --colour", "Run with --help to see the options."), err());
        assertEquals(List.of(), out());
    }
}
