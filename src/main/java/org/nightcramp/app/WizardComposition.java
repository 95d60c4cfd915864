package org.nightcramp.app;

import java.util.Optional;
import java.util.function.Supplier;
import org.nightcramp.content.Routine;
import org.nightcramp.navigation.Confirmation;
import org.nightcramp.navigation.Navigator;
import org.nightcramp.navigation.Page;
import org.nightcramp.wizard.AboutYouView;
import org.nightcramp.wizard.CauseStepView;
import org.nightcramp.wizard.StartStepView;
import org.nightcramp.wizard.StepPage;
import org.nightcramp.wizard.SummaryActions;
import org.nightcramp.wizard.SummaryView;
import org.nightcramp.wizard.WizardStep;
import org.nightcramp.wizard.WizardText;
import org.nightcramp.wizard.WizardView;
import org.nightcramp.wizard.WizardViewModel;
import org.nightcramp.ui.Styles;

/**
 * Wires the cause wizard for one language: a view model over the app's long-lived wizard
 * session, a loader for each step's page, and the dialogs and callbacks the pages need.
 */
final class WizardComposition {

    private final Navigator navigator;
    private final AppServices services;
    private final AppSession session;
    private final WizardText text;
    private final WizardViewModel viewModel;
    private final SummaryActions actions;

    private WizardComposition(Navigator navigator, AppServices services, AppSession session) {
        this.navigator = navigator;
        this.services = services;
        this.session = session;
        this.text = new WizardText(session.texts());
        this.viewModel = new WizardViewModel(services.wizard(), session.guide(), navigator::openHelp);
        this.actions = new SummaryActions(navigator::openReader, navigator::openHelp,
                Optional.of(() -> navigator.startRoutine(Routine.CRAMP_NOW)), Optional.of(() -> navigator.show(Page.SHEET)));
    }

    static WizardView view(Navigator navigator, AppServices services, AppSession session) {
        WizardComposition c = new WizardComposition(navigator, services, session);
        return new WizardView(c.viewModel, c.text, c::page, c::confirmStartOver);
    }

    private StepPage page(WizardStep step) {
        if (step instanceof WizardStep.CauseStep cause) {
            return load(CauseStepView.class, () -> new CauseStepView(viewModel, text, cause,
                    services.illustrations(), navigator::openReader));
        } else if (step instanceof WizardStep.AboutYou about) {
            return load(AboutYouView.class, () -> new AboutYouView(viewModel, text, about));
        } else if (step instanceof WizardStep.Summary) {
            return load(SummaryView.class, () -> new SummaryView(viewModel, text, services.illustrations(), actions));
        }
        return load(StartStepView.class, () -> new StartStepView(viewModel, text, this::confirmStartOver));
    }

    /** Each page gets its own step, so each load registers its controller afresh. */
    private <C extends StepPage.View> StepPage load(Class<C> type, Supplier<C> controller) {
        ViewLoader.View<C> view = new ViewLoader(session.texts(), new ControllerFactory().register(type, controller))
                .load(type);
        return new StepPage(view.root(), view.controller()::initialFocus);
    }

    /** Asks before every answer is forgotten; keeping them is the default for Enter and Esc. */
    private boolean confirmStartOver() {
        return navigator.confirm(new Confirmation("startOver", session.texts().text("wizard.startOver.title"),
                session.texts().text("wizard.startOver.header"), session.texts().text("wizard.startOver.text"),
                session.texts().text("wizard.startOver.confirm"), session.texts().text("wizard.startOver.keep"), true));
    }
}
