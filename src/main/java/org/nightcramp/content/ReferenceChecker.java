package org.nightcramp.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that a guide's illustration and font references are plain names of files inside the
 * content folder, within size limits, and that illustrations parse under the safe subset.
 */
final class ReferenceChecker {

    /** Fonts covering Chinese run to several megabytes; anything larger is not a font we ship. */
    static final long MAX_FONT_BYTES = 16L * 1024 * 1024;

    private final ContentSource source;
    private final IllustrationCheck illustrations;
    private final Set<String> checked = new LinkedHashSet<>();

    /** Parses one illustration's bytes and reports what is wrong with it, if anything. */
    interface IllustrationCheck {
        List<ContentProblem> check(String relativeFile, byte[] data);

        /** Largest illustration accepted, checked on the file size before reading. */
        long maxBytes();

        /** Whether fonts are parsed too ({@code --check-content}), or only found and sized (start-up). */
        default boolean parsesFonts() {
            return false;
        }
    }

    /** Reads one referenced file's bytes for what is wrong with them. */
    private interface Parse {
        List<ContentProblem> check(String relativeFile, byte[] data);
    }

    private static final Parse FONT = (path, data) -> FontCheck.check(path, data).stream().toList();

    ReferenceChecker(ContentSource source, IllustrationCheck illustrations) {
        this.source = source;
        this.illustrations = illustrations;
    }

    List<ContentProblem> check(String file, Guide guide) {
        List<ContentProblem> problems = new ArrayList<>();
        List<String> fonts = guide.meta().fonts();
        for (int i = 0; i < fonts.size(); i++) {
            checkFile(problems, file, "$.meta.fonts[" + i + "]", ContentPaths.FONTS, fonts.get(i),
                    ".ttf", MAX_FONT_BYTES, illustrations.parsesFonts() ? FONT : null);
        }
        for (int i = 0; i < guide.causes().size(); i++) {
            checkIllustration(problems, file, "$.causes[" + i + "].illustration",
                    guide.causes().get(i).illustration());
        }
        for (int r = 0; r < guide.routines().size(); r++) {
            List<RoutineStep> steps = guide.routines().get(r).steps();
            for (int s = 0; s < steps.size(); s++) {
                checkIllustration(problems, file,
                        "$.routines[" + r + "].steps[" + s + "].illustration", steps.get(s).illustration());
            }
        }
        return problems;
    }

    private void checkIllustration(List<ContentProblem> problems, String file, String where, String name) {
        checkFile(problems, file, where, ContentPaths.ILLUSTRATIONS, name, ".svg",
                illustrations.maxBytes(), illustrations::check);
    }

    private void checkFile(List<ContentProblem> problems, String file, String where, String folder,
                           String name, String extension, long maxBytes, Parse parse) {
        var bad = ContentPaths.checkPlainName(name);
        if (bad.isPresent()) {
            problems.add(ContentProblem.of(file, where, bad.get(), name));
            return;
        }
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            problems.add(ContentProblem.of(file, where, "ref.extension", name, extension));
            return;
        }
        String path = folder + name;
        if (!source.exists(path)) {
            problems.add(ContentProblem.of(file, where, "ref.missingFile", name, folder));
            return;
        }
        // Each file is read and parsed once, however many steps share it.
        if (!checked.add(path)) {
            return;
        }
        try {
            long size = source.size(path);
            if (size > maxBytes) {
                problems.add(ContentProblem.of(path, "", "file.tooLarge", size / 1024, maxBytes / 1024));
            } else if (parse != null) {
                problems.addAll(parse.check(path, source.read(path, maxBytes)));
            }
        } catch (ContentSource.OutsideContentException e) {
            problems.add(ContentProblem.of(path, "", "file.linkOutside", e.link(), e.target()));
        } catch (IOException e) {
            problems.add(ContentProblem.of(path, "", "file.unreadable", e.getMessage()));
        }
    }
}
