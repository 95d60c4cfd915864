package org.nightcramp.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.nightcramp.diary.CsvImport;
import org.nightcramp.diary.CsvRejected;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.DiaryCsv;
import org.nightcramp.diary.DiaryStore;
import org.nightcramp.l10n.Texts;
import org.nightcramp.storage.Loaded;
import org.nightcramp.storage.StoreNotice;

/**
 * {@code --export-diary OUT.csv} and {@code --import-diary IN.csv}, with {@code --force} and
 * {@code --data-dir}. Exit codes as for {@code --export-sheet}: 0 done, 1 the diary or the file
 * could not be used, 2 a wrong option (an existing file or overlapping nights without --force).
 */
final class DiaryCsvCommand {

    private static final System.Logger LOG = System.getLogger(DiaryCsvCommand.class.getName());

    private final PrintStream out;
    private final PrintStream err;
    private final Texts texts;
    private final Clock clock;

    /** @param clock names a damaged diary's kept copy */
    DiaryCsvCommand(PrintStream out, PrintStream err, Texts texts, Clock clock) {
        this.out = out;
        this.err = err;
        this.texts = texts;
        this.clock = clock;
    }

    int run(CommandLine cmd) {
        DiaryCsvOptions options = cmd.diaryCsv().orElseThrow();
        Sources sources = Sources.of(cmd, clock);
        DiaryStore store = new DiaryStore(sources.dataDir(), sources.mapper(), clock);
        Path file = options.file().toAbsolutePath();
        return options.direction() == DiaryCsvOptions.Direction.EXPORT
                ? export(store, file, options.force()) : importFrom(store, file, options.force());
    }

    private int export(DiaryStore store, Path target, boolean force) {
        if (!force && Files.exists(target)) {
            return fail(ConsoleCommands.USAGE, "sheet.cli.exists", target);
        }
        Optional<Diary> diary = load(store);
        if (diary.isEmpty()) {
            return ConsoleCommands.PROBLEMS;
        }
        try {
            DiaryCsv.export(diary.get(), target);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot write the diary to " + target, e);
            return fail(ConsoleCommands.PROBLEMS, "sheet.cli.writeFailed", target, CliSheet.describe(e));
        }
        out.println(texts.text("diary.cli.exported", diary.get().size(), target));
        return ConsoleCommands.OK;
    }

    private int importFrom(DiaryStore store, Path source, boolean force) {
        CsvImport read;
        try {
            read = DiaryCsv.read(source);
        } catch (CsvRejected e) {
            return fail(ConsoleCommands.PROBLEMS, e.messageKey(), e.messageArgs());
        } catch (NoSuchFileException e) {
            return fail(ConsoleCommands.PROBLEMS, "diary.cli.missing", source);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot read " + source, e);
            return fail(ConsoleCommands.PROBLEMS, "diary.cli.readFailed", source, CliSheet.describe(e));
        }
        Optional<Diary> current = load(store);
        if (current.isEmpty()) {
            return ConsoleCommands.PROBLEMS;
        }
        List<LocalDate> overlaps = read.overlaps(current.get());
        if (!overlaps.isEmpty() && !force) {
            return fail(ConsoleCommands.USAGE, "diary.cli.overlap", source, overlaps.size(),
                    overlaps.get(0).toString(), overlaps.get(overlaps.size() - 1).toString());
        }
        Diary merged;
        try {
            merged = read.mergeInto(current.get());
            store.save(merged);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot save the diary to " + store.file(), e);
            return fail(ConsoleCommands.PROBLEMS, "diary.cli.saveFailed", store.file(), CliSheet.describe(e));
        }
        out.println(texts.text("diary.cli.imported", read.entries().size(), source, overlaps.size(), merged.size()));
        return ConsoleCommands.OK;
    }

    /**
     * The saved diary. A damaged one was set aside by the store and is told about; one that could
     * not even be read is an error, since writing over it could lose what it holds.
     */
    private Optional<Diary> load(DiaryStore store) {
        Loaded<Diary> loaded = store.load();
        if (loaded.notice().isEmpty()) {
            return Optional.of(loaded.value());
        }
        StoreNotice notice = loaded.notice().get();
        if (notice.kind() == StoreNotice.Kind.UNREADABLE) {
            fail(ConsoleCommands.PROBLEMS, "diary.cli.unreadable", store.file());
            return Optional.empty();
        }
        err.println(texts.text(notice.kind() == StoreNotice.Kind.RESTORED_FROM_BACKUP
                ? "diary.cli.restored" : "diary.cli.reset", store.file(), notice.keptAs().map(Path::toString).orElse("")));
        return Optional.of(loaded.value());
    }

    private int fail(int code, String key, Object... args) {
        err.println(texts.text(key, args));
        return code;
    }
}
