package org.nightcramp.content.illustration;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.nightcramp.content.ContentPaths;
import org.nightcramp.content.ContentProblem;
import org.nightcramp.content.ContentSource;

/**
 * Reads illustrations from the content folder on first use and keeps them parsed. Pure, so the
 * headless sheet export and the window share it; a drawing that is missing or refused is empty
 * and logged, never an error in the page that shows it.
 */
public final class IllustrationCache {

    private static final System.Logger LOG = System.getLogger(IllustrationCache.class.getName());

    private final ContentSource source;
    private final SvgIllustrationParser parser = new SvgIllustrationParser();
    private final Map<String, Optional<Illustration>> cache = new ConcurrentHashMap<>();

    public IllustrationCache(ContentSource source) {
        this.source = source;
    }

    /** The parsed drawing, read once. */
    public Optional<Illustration> illustration(String fileName) {
        return cache.computeIfAbsent(fileName, this::read);
    }

    /** True once the file has been read (drawn or refused): asking for it then costs nothing. */
    public boolean isRead(String fileName) {
        return cache.containsKey(fileName);
    }

    private Optional<Illustration> read(String fileName) {
        String path = ContentPaths.ILLUSTRATIONS + fileName;
        var bad = ContentPaths.checkPlainName(fileName);
        if (bad.isPresent()) {
            warn(ContentProblem.of(path, "", bad.get(), fileName));
            return Optional.empty();
        }
        try {
            // Checked before reading: a huge file is refused without being decoded.
            long size = source.size(path);
            if (size > SvgIllustrationParser.MAX_BYTES) {
                warn(ContentProblem.of(path, "", "file.tooLarge", size / 1024, SvgIllustrationParser.MAX_BYTES / 1024));
                return Optional.empty();
            }
            return Optional.of(parser.parse(fileName, source.read(path, SvgIllustrationParser.MAX_BYTES)));
        } catch (IllustrationException e) {
            warn(e.toProblem(path));
        } catch (IOException e) {
            warn(ContentProblem.of(path, "", "file.unreadable", e.getMessage()));
        }
        return Optional.empty();
    }

    private static void warn(ContentProblem problem) {
        LOG.log(System.Logger.Level.WARNING, "Illustration not shown: " + problem.describe(Locale.ENGLISH));
    }
}
