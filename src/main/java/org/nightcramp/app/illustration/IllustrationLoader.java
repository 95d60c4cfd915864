package org.nightcramp.app.illustration;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.Node;
import org.nightcramp.content.ContentPaths;
import org.nightcramp.content.ContentProblem;
import org.nightcramp.content.ContentSource;
import org.nightcramp.content.illustration.Illustration;
import org.nightcramp.content.illustration.IllustrationException;
import org.nightcramp.content.illustration.SvgIllustrationParser;

/**
 * Reads illustrations from the content folder on first use and keeps them parsed; each call
 * gets a new view, since a node can sit in only one place in the scene.
 */
public final class IllustrationLoader {

    private static final System.Logger LOG = System.getLogger(IllustrationLoader.class.getName());

    private final ContentSource source;
    private final SvgIllustrationParser parser = new SvgIllustrationParser();
    private final Map<String, Optional<Illustration>> cache = new ConcurrentHashMap<>();

    public IllustrationLoader(ContentSource source) {
        this.source = source;
    }

    /**
     * A themed view that draws itself on the next pulse: the window can show its first frame
     * without waiting for hundreds of shapes. Empty (and logged) when the file is missing or refused.
     */
    public Node deferredView(String fileName) {
        IllustrationView view = new IllustrationView();
        view.setId("illustration-" + fileName.replace(".svg", ""));
        javafx.application.Platform.runLater(() -> illustration(fileName).ifPresentOrElse(view::setIllustration,
                () -> view.getStyleClass().add("illustration-missing")));
        return view;
    }

    /** The parsed drawing, read once. */
    public Optional<Illustration> illustration(String fileName) {
        return cache.computeIfAbsent(fileName, this::read);
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
