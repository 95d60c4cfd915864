package org.nightcramp.sheet;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.nightcramp.assessment.Findings;
import org.nightcramp.content.Guide;
import org.nightcramp.diary.Diary;
import org.nightcramp.l10n.Texts;

/**
 * State and commands of the advice-sheet page: the person's name, note and paper, the findings
 * from their answers, and the page plan the preview shows; saving runs in the background.
 */
public final class SheetViewModel {

    private static final System.Logger LOG = System.getLogger(SheetViewModel.class.getName());

    private final Guide guide;
    private final Texts words;
    private final SheetService service;
    private final Supplier<Findings> findingsSource;
    private final String country;
    private final Clock clock;
    private final Executor background;

    // Properties
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Paper> paper;
    private final ObjectProperty<Findings> findings = new SimpleObjectProperty<>();
    private final ObjectProperty<Diary> diary = new SimpleObjectProperty<>(Diary.empty());
    private Supplier<Diary> diarySource = diary::get;
    private final ReadOnlyObjectWrapper<PagePlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper pagesText = new ReadOnlyStringWrapper("");

    /**
     * @param findings the findings from the person's current answers, asked again on {@link #refresh()}
     * @param country  ISO country that picks the emergency number and the default paper
     */
    public SheetViewModel(Guide guide, Texts words, SheetService service, Supplier<Findings> findings,
                          String country, Clock clock, Executor background) {
        this.guide = guide;
        this.words = words;
        this.service = service;
        this.findingsSource = findings;
        this.country = country;
        this.clock = clock;
        this.background = background;
        this.paper = new SimpleObjectProperty<>(Paper.forCountry(country));
        this.findings.set(findings.get());
        name.addListener((obs, old, now) -> update());
        note.addListener((obs, old, now) -> update());
        paper.addListener((obs, old, now) -> update());
        this.findings.addListener((obs, old, now) -> update());
        diary.addListener((obs, old, now) -> update());
        update();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    /** The findings the sheet shows; the composition may bind it to the wizard's live answers. */
    public ObjectProperty<Findings> findingsProperty() {
        return findings;
    }

    /**
     * The cramp diary behind "My last weeks"; empty leaves the section out. The composition sets
     * it from the diary as saved, and again whenever an entry is saved.
     */
    public ObjectProperty<Diary> diaryProperty() {
        return diary;
    }

    /** The pages, or null when the sheet cannot be made; {@link #pagesTextProperty()} then says why. */
    public ReadOnlyObjectProperty<PagePlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** Such as "3 pages on A4", or why there are none. */
    public ReadOnlyStringProperty pagesTextProperty() {
        return pagesText.getReadOnlyProperty();
    }

    public Texts words() {
        return words;
    }

    // Commands

    /** Where the diary comes from: read now, and again on every {@link #refresh()}. */
    public void readDiaryFrom(Supplier<Diary> source) {
        diarySource = source;
        diary.set(source.get());
    }

    /** Reads the answers and the diary again, as when the person comes back from the wizard. */
    public void refresh() {
        Diary saved = diarySource.get();
        if (!saved.equals(diary.get())) {
            diary.set(saved);
        }
        Findings now = findingsSource.get();
        if (!now.equals(findings.get())) {
            findings.set(now);
        }
    }

    public String defaultFileName() {
        return SheetService.defaultFileName(words, LocalDate.now(clock));
    }

    /** Saves the sheet as shown; completes with the file, or with the error (logged by the caller). */
    public CompletableFuture<Path> save(Path target) {
        PagePlan shown = plan.get();
        return CompletableFuture.supplyAsync(() -> {
            try {
                service.save(shown, target, true);
                return target;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, background);
    }

    private SheetModel model() {
        SheetOptions options = new SheetOptions(name.get(), note.get(), LocalDate.now(clock), country);
        return service.model(guide, findings.get(), options, words, diary.get());
    }

    private void update() {
        PagePlan next;
        try {
            next = service.plan(guide, model(), PageGeometry.of(paper.get()));
        } catch (FontUnusableException e) {
            // No sheet without its fonts: the page says which file and why, and offers nothing to print.
            LOG.log(System.Logger.Level.DEBUG, "Cannot lay out the sheet", e);
            plan.set(null);
            pagesText.set(words.text("sheet.fontUnusable", e.problem().describe(words.locale())));
            return;
        }
        plan.set(next);
        pagesText.set(words.text("sheet.view.pages", next.pages().size(), paper.get().label()));
    }
}
