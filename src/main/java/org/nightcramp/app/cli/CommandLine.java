package org.nightcramp.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.nightcramp.sheet.Paper;

/**
 * The command-line options, parsed without JavaFX so {@code --help}, {@code --version} and
 * {@code --check-content} answer at once, without opening a window.
 */
public record CommandLine(
        Optional<Path> contentDir,
        Optional<Path> dataDir,
        Optional<String> locale,
        Optional<Path> checkContent,
        boolean help,
        boolean version,
        Optional<SheetExportOptions> exportSheet,
        Optional<SheetPrintOptions> printSheet,
        boolean listPrinters,
        Optional<ReminderExportOptions> exportReminder,
        Optional<String> relief,
        Optional<DiaryCsvOptions> diaryCsv) {

    /** The routines {@code --relief} can open straight into. */
    public static final java.util.Set<String> RELIEF_ROUTINES = java.util.Set.of("cramp-now", "before-bed");

    /** Without {@code --export-sheet}, as the app was first composed. */
    public CommandLine(Optional<Path> contentDir, Optional<Path> dataDir, Optional<String> locale,
                       Optional<Path> checkContent, boolean help, boolean version) {
        this(contentDir, dataDir, locale, checkContent, help, version, Optional.empty());
    }

    /** Without the printing and night-use options. */
    public CommandLine(Optional<Path> contentDir, Optional<Path> dataDir, Optional<String> locale,
                       Optional<Path> checkContent, boolean help, boolean version,
                       Optional<SheetExportOptions> exportSheet) {
        this(contentDir, dataDir, locale, checkContent, help, version, exportSheet, Optional.empty(), false,
                Optional.empty(), Optional.empty());
    }

    /** Without the diary's CSV options. */
    public CommandLine(Optional<Path> contentDir, Optional<Path> dataDir, Optional<String> locale,
                       Optional<Path> checkContent, boolean help, boolean version,
                       Optional<SheetExportOptions> exportSheet, Optional<SheetPrintOptions> printSheet,
                       boolean listPrinters, Optional<ReminderExportOptions> exportReminder, Optional<String> relief) {
        this(contentDir, dataDir, locale, checkContent, help, version, exportSheet, printSheet, listPrinters,
                exportReminder, relief, Optional.empty());
    }

    /** Raised for options people mistype; the message key and argument are shown localized. */
    public static final class UsageException extends Exception {
        private final String key;
        private final String argument;

        UsageException(String key, String argument) {
            super(key + ": " + argument);
            this.key = key;
            this.argument = argument;
        }

        public String key() {
            return key;
        }

        public String argument() {
            return argument;
        }
    }

    public static CommandLine parse(List<String> args) throws UsageException {
        Optional<Path> content = Optional.empty();
        Optional<Path> data = Optional.empty();
        Optional<String> locale = Optional.empty();
        Optional<Path> check = Optional.empty();
        boolean help = false;
        boolean version = false;
        Optional<Path> export = Optional.empty();
        Optional<Path> answers = Optional.empty();
        Optional<Paper> paper = Optional.empty();
        Optional<String> person = Optional.empty();
        String sheetOption = null;
        boolean force = false;
        PrintOptions printing = new PrintOptions();
        Optional<Path> reminder = Optional.empty();
        Optional<java.time.LocalTime> time = Optional.empty();
        Optional<String> relief = Optional.empty();
        Optional<Path> exportDiary = Optional.empty();
        Optional<Path> importDiary = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean inline = arg.contains("=");
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--version", "-V" -> version = true;
                case "--force" -> {
                    force = true;
                    sheetOption = name;
                }
                case "--print-sheet", "--list-printers", "--printer", "--copies" ->
                        i = printing.read(args, i, name, inline ? arg.substring(arg.indexOf('=') + 1) : null);
                case "--content", "--data-dir", "--locale", "--check-content", "--export-sheet", "--answers",
                     "--paper", "--name", "--export-reminder", "--time", "--relief", "--export-diary",
                     "--import-diary" -> {
                    String value;
                    if (inline) {
                        value = arg.substring(arg.indexOf('=') + 1);
                    } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                        value = args.get(++i);
                    } else {
                        throw new UsageException("cli.missingValue", name);
                    }
                    if (value.isBlank()) {
                        throw new UsageException("cli.missingValue", name);
                    }
                    switch (name) {
                        case "--content" -> content = Optional.of(Path.of(value));
                        case "--data-dir" -> data = Optional.of(Path.of(value));
                        case "--locale" -> locale = Optional.of(value);
                        case "--check-content" -> check = Optional.of(Path.of(value));
                        case "--export-sheet" -> export = Optional.of(Path.of(value));
                        case "--export-reminder" -> reminder = Optional.of(Path.of(value));
                        case "--export-diary" -> exportDiary = Optional.of(Path.of(value));
                        case "--import-diary" -> importDiary = Optional.of(Path.of(value));
                        case "--time" -> time = Optional.of(ReminderExportOptions.parseTime(value)
                                .orElseThrow(() -> new UsageException("reminder.cli.badTime", value)));
                        case "--relief" -> {
                            if (!RELIEF_ROUTINES.contains(value)) {
                                throw new UsageException("cli.badRelief", value);
                            }
                            relief = Optional.of(value);
                        }
                        default -> {
                            sheetOption = name;
                            switch (name) {
                                case "--answers" -> answers = Optional.of(Path.of(value));
                                case "--name" -> person = Optional.of(value);
                                default -> paper = Optional.of(Paper.parse(value)
                                        .orElseThrow(() -> new UsageException("sheet.cli.badPaper", value)));
                            }
                        }
                    }
                }
                default -> throw new UsageException("cli.unknownOption", arg);
            }
        }
        if (export.isPresent() && printing.print) {
            throw new UsageException("sheet.cli.exportOrPrint", "--print-sheet");
        }
        if (sheetOption != null && !sheetOption.equals("--force") && export.isEmpty() && !printing.print) {
            throw new UsageException("sheet.cli.onlyWithSheet", sheetOption);
        }
        if (exportDiary.isPresent() && importDiary.isPresent()) {
            throw new UsageException("diary.cli.oneAtATime", "--import-diary");
        }
        Optional<DiaryCsvOptions> diary = Optional.empty();
        if (exportDiary.isPresent()) {
            diary = Optional.of(new DiaryCsvOptions(DiaryCsvOptions.Direction.EXPORT, exportDiary.get(), force));
        } else if (importDiary.isPresent()) {
            diary = Optional.of(new DiaryCsvOptions(DiaryCsvOptions.Direction.IMPORT, importDiary.get(), force));
        }
        if (force && export.isEmpty() && reminder.isEmpty() && diary.isEmpty()) {
            throw new UsageException("sheet.cli.onlyWithExport", "--force");
        }
        if (time.isPresent() && reminder.isEmpty()) {
            throw new UsageException("reminder.cli.onlyWithExport", "--time");
        }
        if (reminder.isPresent() && time.isEmpty()) {
            throw new UsageException("reminder.cli.needsTime", "--export-reminder");
        }
        Optional<SheetExportOptions> sheet = export.isEmpty() ? Optional.empty()
                : Optional.of(new SheetExportOptions(export.get(), answers, paper, person, force));
        Optional<ReminderExportOptions> ics = reminder.isEmpty() ? Optional.empty()
                : Optional.of(new ReminderExportOptions(reminder.get(), time.get(), force));
        return new CommandLine(content, data, locale, check, help, version, sheet,
                printing.options(answers, paper, person), printing.list, ics, relief, diary);
    }

    /** True when the options ask for a console answer rather than the window. */
    public boolean isConsoleCommand() {
        return help || version || checkContent.isPresent() || exportSheet.isPresent() || printSheet.isPresent()
                || listPrinters || exportReminder.isPresent() || diaryCsv.isPresent();
    }
}
