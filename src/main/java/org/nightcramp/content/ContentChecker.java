package org.nightcramp.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nightcramp.storage.StrictJson;

/** Validates a whole content folder, every locale, and collects every problem it finds. */
public final class ContentChecker {

    private final ObjectMapper mapper;
    private final ReferenceChecker.IllustrationCheck illustrations;

    public ContentChecker(ObjectMapper mapper) {
        this(mapper, Illustrations.PARSE);
    }

    ContentChecker(ObjectMapper mapper, ReferenceChecker.IllustrationCheck illustrations) {
        this.mapper = mapper;
        this.illustrations = illustrations;
    }

    /** One locale's guide, read and checked on its own (not against English). */
    record Checked(Optional<Guide> guide, List<ContentProblem> problems) {
        boolean valid() {
            return guide.isPresent() && problems.isEmpty();
        }
    }

    public List<ContentProblem> check(ContentSource source) {
        List<ContentProblem> problems = new ArrayList<>();
        List<String> locales;
        try {
            locales = source.locales();
        } catch (IOException e) {
            return List.of(ContentProblem.of(source.label(), "", "content.unreadableFolder", e.getMessage()));
        }
        if (!locales.contains(ContentPaths.REFERENCE_LOCALE)) {
            problems.add(ContentProblem.of(ContentPaths.guide(ContentPaths.REFERENCE_LOCALE), "",
                    "content.noReference"));
        }
        ReferenceChecker references = new ReferenceChecker(source, illustrations);
        Optional<Guide> english = Optional.empty();
        List<Checked> results = new ArrayList<>();
        for (String locale : locales) {
            Checked checked = checkLocale(source, locale, references);
            results.add(checked);
            problems.addAll(checked.problems());
            if (locale.equals(ContentPaths.REFERENCE_LOCALE)) {
                english = checked.guide();
            }
        }
        for (int i = 0; i < locales.size(); i++) {
            if (!locales.get(i).equals(ContentPaths.REFERENCE_LOCALE) && english.isPresent()
                    && results.get(i).guide().isPresent()) {
                problems.addAll(LocaleConsistency.compare(ContentPaths.guide(locales.get(i)),
                        english.get(), results.get(i).guide().get()));
            }
        }
        return problems;
    }

    /** Reads and checks one locale, including its illustrations and fonts. */
    Checked checkLocale(ContentSource source, String locale, ReferenceChecker references) {
        Checked read = readLocale(source, locale);
        if (read.guide().isEmpty()) {
            return read;
        }
        String file = ContentPaths.guide(locale);
        List<ContentProblem> problems = new ArrayList<>(GuideValidator.validate(file, locale, read.guide().get()));
        problems.addAll(references.check(file, read.guide().get()));
        return new Checked(read.guide(), problems);
    }

    /**
     * Reads one locale strictly (every field known, of its type, within the limits) but without the
     * rules and references of {@link #checkLocale}: for content the build has checked in full.
     */
    Checked readLocale(ContentSource source, String locale) {
        String file = ContentPaths.guide(locale);
        if (!Locale.forLanguageTag(locale).toLanguageTag().equals(locale)) {
            return new Checked(Optional.empty(), List.of(ContentProblem.of(locale, "", "content.badLocaleFolder", locale)));
        }
        byte[] data;
        try {
            data = source.read(file, StrictJson.MAX_DOCUMENT_BYTES);
        } catch (ContentSource.ContentTooLargeException e) {
            return failed(ContentProblem.of(file, "", "file.tooLarge", e.size() / 1024,
                    StrictJson.MAX_DOCUMENT_BYTES / 1024));
        } catch (NoSuchFileException e) {
            return failed(ContentProblem.of(file, "", "file.missing"));
        } catch (ContentSource.OutsideContentException e) {
            return failed(ContentProblem.of(file, "", "file.linkOutside", e.link(), e.target()));
        } catch (IOException e) {
            return failed(ContentProblem.of(file, "", "file.unreadable", e.getMessage()));
        }
        GuideReader.Result read = new GuideReader(mapper).read(file, data);
        return new Checked(read.guide(), read.problems());
    }

    /** One locale's meta section alone (see {@link GuideReader#meta}); empty when it cannot be read. */
    Optional<Meta> readMeta(ContentSource source, String locale) {
        String file = ContentPaths.guide(locale);
        try {
            return new GuideReader(mapper).meta(file, source.read(file, StrictJson.MAX_DOCUMENT_BYTES));
        } catch (IOException e) {
            // Reading the whole locale, when it is chosen, says what is wrong.
            return Optional.empty();
        }
    }

    private static Checked failed(ContentProblem problem) {
        return new Checked(Optional.empty(), List.of(problem));
    }
}
