package org.nightcramp.app;

import org.nightcramp.sheet.print.PrintPanel;
import java.time.Clock;
import javafx.scene.Parent;
import org.nightcramp.diary.page.DiaryFiles;
import org.nightcramp.diary.page.DiaryText;
import org.nightcramp.diary.page.DiaryView;
import org.nightcramp.diary.page.DiaryViewModel;
import org.nightcramp.navigation.Navigator;
import org.nightcramp.navigation.Page;
import org.nightcramp.reader.ReaderView;
import org.nightcramp.relief.ReliefText;
import org.nightcramp.relief.ReliefView;
import org.nightcramp.relief.ReliefViewModel;
import org.nightcramp.sheet.SheetView;
import org.nightcramp.wizard.WizardView;

/** The composition root for views: which controller gets which collaborators. */
final class Composition {

    private Composition() {
    }

    /**
     * @param navigator the window, as the pages see it
     * @param pages     keeps the controllers the window drives as they are created
     */
    static ControllerFactory controllers(Navigator navigator, PageControllers pages, AppServices services,
                                         MainWindowViewModel model, AppSession session) {
        ControllerFactory factory = new ControllerFactory();
        ViewLoader loader = new ViewLoader(session.texts(), factory);
        factory.register(MainWindowView.class, () -> new MainWindowView(model, session,
                page -> load(loader, page), navigator::openHelp));
        factory.register(HomeView.class, () -> new HomeView(session, services.illustrations(), navigator));
        factory.register(HelpPanelView.class, () -> new HelpPanelView(session,
                model.settingsProperty().get().country(), model::selectCountry));
        factory.register(ReaderView.class, () -> pages.created(new ReaderView(session.guide(), session.texts(),
                services.illustrations())));
        // The country the person chose; until they choose, the computer's.
        Settings settings = model.settingsProperty().get();
        String country = settings.countryChosen() ? settings.country() : java.util.Locale.getDefault().getCountry();
        factory.register(SheetView.class, () -> services.sheet().view(services.sheet().viewModel(session.guide(),
                session.texts(), country), navigator));
        factory.register(PrintPanel.class, services.sheet()::printPanel);
        factory.register(WizardView.class, () -> WizardComposition.view(navigator, services, session));
        // A Yes to a clot sign in the wizard takes massage out of the routine.
        factory.register(ReliefView.class, () -> pages.created(new ReliefView(new ReliefViewModel(session.guide(),
                new ReliefText(session.texts()), services.relief(), services.wizard()::massageNotAdvised,
                navigator, Clock.systemUTC()), services.illustrations())));
        factory.register(DiaryView.class, () -> pages.created(diary(navigator, services, session)));
        return factory;
    }

    /** The Diary page; nights are dated by the clock where the person is. */
    private static DiaryView diary(Navigator navigator, AppServices services, AppSession session) {
        Clock clock = Clock.systemDefaultZone();
        DiaryViewModel model = new DiaryViewModel(services.diary(), new DiaryText(session.texts()), clock, navigator,
                services.morningPrompts());
        return new DiaryView(model, new DiaryFiles(services.diary(), session.texts(), navigator, clock));
    }

    private static Parent load(ViewLoader loader, Page page) {
        return switch (page) {
            case HOME -> loader.load(HomeView.class).root();
            case GUIDE -> loader.load(WizardView.class).root();
            case RELIEF -> loader.load(ReliefView.class).root();
            case SHEET -> loader.load(SheetView.class).root();
            case READER -> loader.load(ReaderView.class).root();
            case DIARY -> loader.load(DiaryView.class).root();
        };
    }
}
