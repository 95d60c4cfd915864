package org.nightcramp.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import org.nightcramp.assessment.AnswersRepository;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.ContentSource;
import org.nightcramp.content.DirectoryContentSource;
import org.nightcramp.storage.AppDirectories;
import org.nightcramp.storage.StrictJson;

/**
 * Where the guide and the person's files come from, decided once from the command line: the
 * window's start-up and every console command read the same content and the same answers.
 *
 * @param dataDir the settings folder, or {@code --data-dir}
 * @param source  the built-in content, or {@code --content DIR}
 */
public record Sources(ObjectMapper mapper, Path dataDir, ContentSource source, ContentLibrary content,
                      AnswersRepository answers) {

    public static Sources of(CommandLine cmd, Clock clock) {
        return in(AppDirectories.forThisMachine(cmd.dataDir()), cmd, clock);
    }

    /** The same, with the person's files in {@code dataDir} instead of the usual folder. */
    public static Sources in(Path dataDir, CommandLine cmd, Clock clock) {
        ObjectMapper mapper = StrictJson.create();
        ContentSource source = cmd.contentDir().<ContentSource>map(DirectoryContentSource::new)
                .orElseGet(ClasspathContentSource::new);
        return new Sources(mapper, dataDir, source, new ContentLibrary(source, mapper),
                new AnswersRepository(dataDir, mapper, clock));
    }
}
