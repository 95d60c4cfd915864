package org.nightcramp.app;

import java.time.Clock;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Parent;
import org.nightcramp.reader.ReaderView;
import org.nightcramp.relief.ReliefText;
import org.nightcramp.relief.ReliefView;
import org.nightcramp.relief.ReliefViewModel;
import org.nightcramp.sheet.SheetView;
import org.nightcramp.sheet.SheetWords;
import org.nightcramp.sheet.print.PrintPanel;
import org.nightcramp.wizard.WizardView;

/** The composition root for views: which controller gets which collaborators. */
final class Composition {

    private Composition() {
    }

    static ControllerFactory controllers(MainWindow window, AppServices services,
                                         MainWindowViewModel model, AppSession session) {
        ControllerFactory factory = new ControllerFactory();
        ViewLoader pages = new ViewLoader(session.bundle(), factory);
        factory.register(MainWindowView.class, () -> new MainWindowView(model, session,
                page -> load(pages, page), window::openHelp));
        factory.register(HomeView.class, () -> new HomeView(session, services.illustrations(),
                window::openReader, window::openHelp, () -> model.pageProperty().set(Page.GUIDE),
                window::startCrampNow));
        factory.register(HelpPanelView.class, () -> new HelpPanelView(session,
                java.util.Locale.getDefault().getCountry()));
        factory.register(ReaderView.class, () -> new ReaderView(session.guide(), session.bundle(),
                services.illustrations()));
        String country = java.util.Locale.getDefault().getCountry();
        factory.register(SheetView.class, () -> services.sheet().view(services.sheet().viewModel(session.guide(),
                new SheetWords(session.bundle(), session.locale()), country), window::stage, window::showNotice));
        factory.register(PrintPanel.class, services.sheet()::printPanel);
        factory.register(WizardView.class, () -> WizardComposition.view(window, services, session,
                Optional.of(window::startCrampNow), Optional.of(() -> model.pageProperty().set(Page.SHEET))));
        // A Yes to a clot sign in the wizard takes massage out of the routine.
        factory.register(ReliefView.class, () -> new ReliefView(new ReliefViewModel(session.guide(),
                new ReliefText(session.bundle(), session.locale()), services.relief(),
                services.wizard()::massageNotAdvised, window::openHelp,
                text -> Platform.runLater(() -> window.showNotice(text)), Clock.systemUTC()),
                services.illustrations()));
        return factory;
    }

    /** Loads a page; its controller rides along in the node's properties for navigation. */
    private static Parent load(ViewLoader loader, Page page) {
        ViewLoader.View<?> view = switch (page) {
            case HOME -> loader.load(HomeView.class);
            case GUIDE -> loader.load(WizardView.class);
            case RELIEF -> loader.load(ReliefView.class);
            case SHEET -> loader.load(SheetView.class);
            case READER -> loader.load(ReaderView.class);
        };
        view.root().getProperties().put(view.controller().getClass(), view.controller());
        return view.root();
    }
}
