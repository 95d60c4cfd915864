package org.nightcramp.sheet;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nightcramp.content.ContentPaths;
import org.nightcramp.content.ContentProblem;
import org.nightcramp.content.FontCheck;
import org.nightcramp.content.ContentSource;
import org.nightcramp.content.Meta;

/**
 * The sheet's fonts, read once from {@code content/fonts/} through the content source. A guide
 * names its fonts in fallback order; the bold chain swaps in {@value #BOLD} for {@value #REGULAR}.
 */
public final class SheetFonts {

    static final String REGULAR = "NotoSans-Regular.ttf";
    static final String BOLD = "NotoSans-Bold.ttf";
    /** Largest font file read; the Chinese font is about 4 MB. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final ContentSource source;
    private final Map<String, FontFace> faces = new ConcurrentHashMap<>();

    public SheetFonts(ContentSource source) {
        this.source = source;
    }

    /** The body fonts for a guide's language. */
    public FontChain regular(Meta meta) {
        return chain(meta.fonts());
    }

    /** The heading fonts: bold Latin where there is one, else the body font. */
    public FontChain bold(Meta meta) {
        List<String> names = new ArrayList<>(meta.fonts());
        if (source.exists(ContentPaths.FONTS + BOLD)) {
            names.replaceAll(n -> n.equals(REGULAR) ? BOLD : n);
        }
        return chain(names);
    }

    private FontChain chain(List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("The guide names no fonts in meta.fonts");
        }
        return new FontChain(names.stream().map(this::face).toList());
    }

    /** One font, checked and parsed on first use; fails with the file and the reason. */
    public FontFace face(String fileName) {
        return faces.computeIfAbsent(fileName, name -> {
            String path = ContentPaths.FONTS + name;
            byte[] data;
            try {
                data = source.read(path, MAX_BYTES);
            } catch (ContentSource.ContentTooLargeException e) {
                throw new FontUnusableException(ContentProblem.of(path, "", "file.tooLarge", e.size() / 1024,
                        MAX_BYTES / 1024), e);
            } catch (NoSuchFileException e) {
                throw new FontUnusableException(ContentProblem.of(path, "", "ref.missingFile", name,
                        ContentPaths.FONTS), e);
            } catch (IOException e) {
                throw new FontUnusableException(ContentProblem.of(path, "", "file.unreadable", e.getMessage()), e);
            }
            // Measured before FontBox sees it: a broken font would otherwise fail deep in the layout.
            FontCheck.check(path, data).ifPresent(problem -> {
                throw new FontUnusableException(problem, null);
            });
            try {
                return FontFace.parse(name, data);
            } catch (IOException e) {
                throw new FontUnusableException(ContentProblem.of(path, "", "font.broken", e.getMessage()), e);
            }
        });
    }
}
