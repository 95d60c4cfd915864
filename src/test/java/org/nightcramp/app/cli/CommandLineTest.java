package org.nightcramp.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {

    private static CommandLine parse(String... args) throws CommandLine.UsageException {
        return CommandLine.parse(List.of(args));
    }

    @Test
    void noOptionsOpenTheWindow() throws CommandLine.UsageException {
        CommandLine cmd = parse();

        assertEquals(new CommandLine(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false),
                cmd);
        assertFalse(cmd.isConsoleCommand());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpIsAConsoleCommand(String option) throws CommandLine.UsageException {
        CommandLine cmd = parse(option);

        assertTrue(cmd.help() && !cmd.version() && cmd.isConsoleCommand());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void versionIsAConsoleCommand(String option) throws CommandLine.UsageException {
        CommandLine cmd = parse(option);

        assertTrue(cmd.version() && !cmd.help() && cmd.isConsoleCommand());
    }

    @Test
    void optionsTakeTheNextArgumentAsValue() throws CommandLine.UsageException {
        CommandLine cmd = parse("--content", "my content", "--data-dir", "/tmp/data", "--locale", "zh-CN");

        assertEquals(new CommandLine(Optional.of(Path.of("my content")), Optional.of(Path.of("/tmp/data")),
                Optional.of("zh-CN"), Optional.empty(), false, false), cmd);
        assertFalse(cmd.isConsoleCommand());
    }

    @Test
    void optionsTakeAValueAfterAnEqualsSign() throws CommandLine.UsageException {
        CommandLine cmd = parse("--content=c", "--data-dir=d", "--locale=en", "--check-content=x=y");

        assertEquals(new CommandLine(Optional.of(Path.of("c")), Optional.of(Path.of("d")), Optional.of("en"),
                Optional.of(Path.of("x=y")), false, false), cmd);
    }

    @Test
    void checkContentIsAConsoleCommand() throws CommandLine.UsageException {
        CommandLine cmd = parse("--check-content", "content");

        assertEquals(Optional.of(Path.of("content")), cmd.checkContent());
        assertTrue(cmd.isConsoleCommand());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--locale                     | --locale",
        "--content --help             | --content",
        "--data-dir=                  | --data-dir",
        "'--check-content=   '        | --check-content",
        "--help --check-content       | --check-content",
    })
    void optionWithoutAValueIsAUsageError(String line, String option) {
        var e = assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(List.of(line.split(" (?=-)"))));

        assertEquals(List.of("cli.missingValue", option), List.of(e.key(), e.argument()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--colour", "--colour=red", "-x", "content", "--Help"})
    void unknownOptionIsAUsageError(String option) {
        var e = assertThrows(CommandLine.UsageException.class, () -> parse("--locale", "en", option));

        assertEquals(List.of("cli.unknownOption", option), List.of(e.key(), e.argument()));
    }

    @Test
    void exportSheetTakesItsOptionsAndIsAConsoleCommand() throws CommandLine.UsageException {
        CommandLine cmd = parse("--export-sheet", "out.pdf", "--answers=a.json", "--paper", "Letter", "--name", "Sam Lee",
                "--force", "--locale", "en-US");

        assertEquals(Optional.of(new SheetExportOptions(Path.of("out.pdf"), Optional.of(Path.of("a.json")),
                Optional.of(org.nightcramp.sheet.Paper.LETTER), Optional.of("Sam Lee"), true)), cmd.exportSheet());
        assertTrue(cmd.isConsoleCommand());
        assertEquals(Optional.empty(), parse("--locale", "en").exportSheet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A5", "letterr", "--paper=4"})
    void anUnknownPaperIsAUsageError(String paper) {
        String value = paper.startsWith("--") ? "4" : paper;
        var e = assertThrows(CommandLine.UsageException.class,
                () -> parse("--export-sheet", "x.pdf", paper.startsWith("--") ? paper : "--paper=" + paper));

        assertEquals(List.of("sheet.cli.badPaper", value), List.of(e.key(), e.argument()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--force", "--name=Sam", "--answers=a.json"})
    void sheetOptionsWithoutExportSheetAreUsageErrors(String option) {
        var e = assertThrows(CommandLine.UsageException.class, () -> parse(option));

        String key = option.equals("--force") ? "sheet.cli.onlyWithExport" : "sheet.cli.onlyWithSheet";
        assertEquals(List.of(key, option.split("=")[0]), List.of(e.key(), e.argument()));
    }

    @Test
    void printSheetTakesTheSheetOptionsAPrinterAndCopies() throws CommandLine.UsageException {
        CommandLine cmd = parse("--print-sheet", "--printer", "Office", "--copies=3", "--answers", "a.json",
                "--paper", "letter", "--name", "Sam");

        assertEquals(Optional.of(new SheetPrintOptions(Optional.of(Path.of("a.json")),
                Optional.of(org.nightcramp.sheet.Paper.LETTER), Optional.of("Sam"), Optional.of("Office"), 3)),
                cmd.printSheet());
        assertTrue(cmd.isConsoleCommand());
        assertTrue(parse("--list-printers").listPrinters() && parse("--list-printers").isConsoleCommand());
        assertEquals(1, parse("--print-sheet").printSheet().orElseThrow().copies());
    }
}
