package org.nightcramp.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's way to get a guide in a language: checked on load, cached, and falling back to
 * English (with the reason) when the wanted language is missing or broken. The built-in content
 * is only read (strictly) at start-up: the build checked all of it, rules and references, and the
 * jar cannot change after; a folder given with {@code --content} is checked in full.
 */
public final class ContentLibrary {

    private static final System.Logger LOG = System.getLogger(ContentLibrary.class.getName());

    private final ContentSource source;
    private final ContentChecker checker;
    private final Map<String, ContentChecker.Checked> cache = new ConcurrentHashMap<>();

    public ContentLibrary(ContentSource source, ObjectMapper mapper) {
        this.source = source;
        // A folder's references are checked to exist when it is read; drawings are parsed where drawn.
        this.checker = new ContentChecker(mapper, Illustrations.PRESENCE_ONLY);
    }

    /** Why the guide shown is not in the language asked for. */
    public enum FallbackReason { MISSING, INVALID }

    /** The language asked for, why English is shown instead, and what was wrong. */
    public record Fallback(String requested, FallbackReason reason, List<ContentProblem> problems) {
    }

    /** The guide to show, and the fallback notice when it is not the language asked for. */
    public record Loaded(Guide guide, Optional<Fallback> fallback) {
    }

    /** Thrown when not even the English guide can be read; the app cannot start without it. */
    public static final class ContentUnavailableException extends Exception {
        private final transient List<ContentProblem> problems;

        public ContentUnavailableException(List<ContentProblem> problems) {
            super(problems.size() + " problem(s) in the English guide");
            this.problems = List.copyOf(problems);
        }

        public List<ContentProblem> problems() {
            return problems;
        }
    }

    public ContentSource source() {
        return source;
    }

    /** The locale folders there are, English first. */
    public List<String> locales() {
        try {
            List<String> all = new ArrayList<>(source.locales());
            all.remove(ContentPaths.REFERENCE_LOCALE);
            all.add(0, ContentPaths.REFERENCE_LOCALE);
            return List.copyOf(all);
        } catch (IOException e) {
            // The caller tells the person; the trace is for debugging only.
            LOG.log(System.Logger.Level.DEBUG, "Cannot list content locales in " + source.label(), e);
            return List.of(ContentPaths.REFERENCE_LOCALE);
        }
    }

    /**
     * The language's own name from its guide, or the JDK's name when the guide cannot be read. A
     * guide not read yet is not read whole for it: at start-up the language list names every
     * language, and reading the one not chosen cost an English start some 50 ms.
     */
    public String languageName(String tag) {
        ContentChecker.Checked read = cache.get(tag);
        Optional<Meta> meta = read != null ? read.guide().map(Guide::meta) : checker.readMeta(source, tag);
        return meta.map(Meta::languageName)
                .orElseGet(() -> Locale.forLanguageTag(tag).getDisplayName(Locale.forLanguageTag(tag)));
    }

    /** The folder that best serves a language tag: exact, else the same language, else none. */
    public Optional<String> bestMatch(String tag) {
        List<String> locales = locales();
        if (locales.contains(tag)) {
            return Optional.of(tag);
        }
        String language = Locale.forLanguageTag(tag).getLanguage();
        return locales.stream()
                .filter(l -> Locale.forLanguageTag(l).getLanguage().equals(language))
                .findFirst();
    }

    public Loaded load(String requested) throws ContentUnavailableException {
        ContentChecker.Checked english = checked(ContentPaths.REFERENCE_LOCALE);
        if (!english.valid()) {
            throw new ContentUnavailableException(english.problems());
        }
        Optional<String> folder = bestMatch(requested);
        if (folder.isEmpty()) {
            return fallback(english, requested, FallbackReason.MISSING, List.of());
        }
        if (folder.get().equals(ContentPaths.REFERENCE_LOCALE)) {
            return new Loaded(english.guide().orElseThrow(), Optional.empty());
        }
        ContentChecker.Checked wanted = checked(folder.get());
        List<ContentProblem> problems = new ArrayList<>(wanted.problems());
        wanted.guide().filter(g -> !source.checkedByTheBuild()).ifPresent(g -> problems.addAll(LocaleConsistency.compare(
                ContentPaths.guide(folder.get()), english.guide().orElseThrow(), g)));
        if (wanted.guide().isEmpty() || !problems.isEmpty()) {
            problems.forEach(p -> LOG.log(System.Logger.Level.WARNING, p.describe(Locale.ENGLISH)));
            return fallback(english, requested, FallbackReason.INVALID, problems);
        }
        return new Loaded(wanted.guide().get(), Optional.empty());
    }

    private static Loaded fallback(ContentChecker.Checked english, String requested,
                                   FallbackReason reason, List<ContentProblem> problems) {
        return new Loaded(english.guide().orElseThrow(),
                Optional.of(new Fallback(requested, reason, problems)));
    }

    private ContentChecker.Checked checked(String locale) {
        return cache.computeIfAbsent(locale, l -> source.checkedByTheBuild() ? checker.readLocale(source, l)
                : checker.checkLocale(source, l, new ReferenceChecker(source, Illustrations.PRESENCE_ONLY)));
    }
}
