package org.nightcramp.sheet;

import org.nightcramp.l10n.Texts;
import org.nightcramp.assessment.Answers;
import org.nightcramp.navigation.Navigator;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.nightcramp.content.ContentSource;
import org.nightcramp.diary.Diary;
import org.nightcramp.content.Guide;
import org.nightcramp.content.illustration.Illustration;
import org.nightcramp.sheet.print.PdfPrinting;
import org.nightcramp.sheet.print.PrintPanel;
import org.nightcramp.sheet.print.PrintPanelModel;
import org.nightcramp.sheet.print.SystemPrintDialog;

/**
 * What the sheet page needs from the app, made once at start-up so fonts and drawings are read
 * once and kept across language switches.
 *
 * @param answers the person's current answers; the wizard's live answers once it is composed in
 * @param diary   the cramp diary as saved, read again each time the sheet page is shown
 */
public record SheetKit(SheetService service, FxFonts fonts, PdfPrinting printing, SystemPrintDialog systemDialog,
                       Function<String, Optional<Illustration>> illustrations, Supplier<Answers> answers,
                       Clock clock, Executor background, Executor fx, SheetDraft draft, Supplier<Diary> diary) {

    /** Without a diary: the sheet has no "My last weeks". */
    public SheetKit(SheetService service, FxFonts fonts, PdfPrinting printing, SystemPrintDialog systemDialog,
                    Function<String, Optional<Illustration>> illustrations, Supplier<Answers> answers,
                    Clock clock, Executor background, Executor fx, SheetDraft draft) {
        this(service, fonts, printing, systemDialog, illustrations, answers, clock, background, fx, draft,
                Diary::empty);
    }

    /** The app's kit: the system's printers, the system clock, daemon threads for saving and printing. */
    public static SheetKit standard(ContentSource source, Function<String, Optional<Illustration>> illustrations,
                                    Supplier<Answers> answers, Supplier<Diary> diary) {
        ExecutorService background = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "sheet-background");
            thread.setDaemon(true);
            return thread;
        });
        return new SheetKit(new SheetService(new SheetFonts(source), illustrations), new FxFonts(),
                PdfPrinting.standard(), SystemPrintDialog.standard(), illustrations, answers, Clock.systemDefaultZone(),
                background, Platform::runLater, new SheetDraft(), diary);
    }

    /** The view model for a guide, with headings in {@code words}' language, and what was typed so far. */
    public SheetViewModel viewModel(Guide guide, Texts words, String country) {
        SheetViewModel model = new SheetViewModel(guide, words, service, () -> SheetFindings.of(guide, answers.get()),
                country, clock, background);
        model.readDiaryFrom(diary);
        model.nameProperty().set(draft.name());
        model.noteProperty().set(draft.note());
        draft.paper().ifPresent(model.paperProperty()::set);
        model.nameProperty().addListener((obs, old, now) -> draft.name(now));
        model.noteProperty().addListener((obs, old, now) -> draft.note(now));
        model.paperProperty().addListener((obs, old, now) -> draft.paper(now));
        return model;
    }

    /** The page's controller, for the composition root to register. */
    public SheetView view(SheetViewModel model, Navigator navigator) {
        return new SheetView(model, sheet -> new PrintPanelModel(printing, service, sheet.words(),
                sheet.paperProperty(), () -> sheet.planProperty().get(), background, fx),
                new PageNodes(fonts, illustrations), navigator);
    }

    /** The print panel's controller, which the sheet page's FXML includes. */
    public PrintPanel printPanel() {
        return new PrintPanel(systemDialog, background);
    }
}
