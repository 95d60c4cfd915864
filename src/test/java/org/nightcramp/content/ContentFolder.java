package org.nightcramp.content;

import static org.nightcramp.content.TestGuides.MAPPER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A content folder in a temporary directory: the bundled guides and fonts, and small stand-in
 * drawings for every illustration they name (the real drawings are still being made, and the
 * illustration check is presence and size only). Tests then break one thing at a time. Public
 * so the command-line tests in {@code app} can check a folder too.
 */
public final class ContentFolder {

    static final String STAND_IN_SVG =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect class=\"skin\" width=\"10\" height=\"10\"/></svg>\n";

    private final Path root;

    private ContentFolder(Path root) {
        this.root = root;
    }

    /** A complete, valid copy of the bundled content in {@code dir}. */
    public static ContentFolder bundledCopy(Path dir) throws IOException {
        ContentFolder folder = new ContentFolder(dir);
        ClasspathContentSource bundled = new ClasspathContentSource();
        TreeSet<String> fonts = new TreeSet<>();
        TreeSet<String> drawings = new TreeSet<>();
        for (String locale : List.of(TestGuides.EN, TestGuides.ZH)) {
            ObjectNode guide = TestGuides.tree(locale);
            folder.write(locale, guide);
            guide.at("/meta/fonts").forEach(f -> fonts.add(f.asText()));
            guide.at("/causes").forEach(c -> drawings.add(c.get("illustration").asText()));
            guide.at("/routines").forEach(r -> r.get("steps").forEach(s -> drawings.add(s.get("illustration").asText())));
        }
        for (String font : fonts) {
            String path = ContentPaths.FONTS + font;
            folder.writeBytes(path, bundled.read(path, ReferenceChecker.MAX_FONT_BYTES));
        }
        drawings.forEach(d -> folder.writeText(ContentPaths.ILLUSTRATIONS + d, STAND_IN_SVG));
        return folder;
    }

    public Path root() {
        return root;
    }

    DirectoryContentSource source() {
        return new DirectoryContentSource(root);
    }

    /** The guide of a locale as it is on disk now. */
    public ObjectNode guide(String locale) {
        try {
            return (ObjectNode) MAPPER.readTree(root.resolve(ContentPaths.guide(locale)).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String locale, JsonNode guide) {
        writeText(ContentPaths.guide(locale), TestGuides.text(guide));
    }

    /** Reads a locale's guide, lets the test change the tree, and writes it back. */
    public ContentFolder edit(String locale, Consumer<ObjectNode> change) {
        ObjectNode guide = guide(locale);
        change.accept(guide);
        write(locale, guide);
        return this;
    }

    public void writeText(String relativePath, String text) {
        writeBytes(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public void writeBytes(String relativePath, byte[] data) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String relativePath) {
        try {
            Files.delete(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
