package org.nightcramp.app;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
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

/**
 * Wires the cause wizard for one language: a view model over the app's long-lived wizard
 * session, a loader for each step's page, and the dialogs and callbacks the pages need.
 */
final class WizardComposition {

    private final MainWindow window;
    private final AppServices services;
    private final AppSession session;
    private final WizardText text;
    private final WizardViewModel viewModel;
    private final SummaryActions actions;

    private WizardComposition(MainWindow window, AppServices services, AppSession session,
                              Optional<Runnable> startRelief, Optional<Runnable> makeSheet) {
        this.window = window;
        this.services = services;
        this.session = session;
        this.text = new WizardText(session.bundle());
        this.viewModel = new WizardViewModel(services.wizard(), session.guide(), window::openHelp);
        this.actions = new SummaryActions(window::openReader, window::openHelp, startRelief, makeSheet);
    }

    /**
     * @param startRelief starts the relief routine; the summary shows its button only when present
     * @param makeSheet   makes the advice sheet; likewise
     */
    static WizardView view(MainWindow window, AppServices services, AppSession session,
                           Optional<Runnable> startRelief, Optional<Runnable> makeSheet) {
        WizardComposition c = new WizardComposition(window, services, session, startRelief, makeSheet);
        return new WizardView(c.viewModel, c.text, c::page, c::confirmStartOver);
    }

    private StepPage page(WizardStep step) {
        if (step instanceof WizardStep.CauseStep cause) {
            return load(CauseStepView.class, () -> new CauseStepView(viewModel, text, cause,
                    services.illustrations(), window::openReader));
        } else if (step instanceof WizardStep.AboutYou about) {
            return load(AboutYouView.class, () -> new AboutYouView(viewModel, text, about));
        } else if (step instanceof WizardStep.Summary) {
            return load(SummaryView.class, () -> new SummaryView(viewModel, text, services.illustrations(), actions));
        }
        return load(StartStepView.class, () -> new StartStepView(viewModel, text, this::confirmStartOver));
    }

    /** Each page gets its own step, so each load registers its controller afresh. */
    private <C extends StepPage.View> StepPage load(Class<C> type, Supplier<C> controller) {
        ViewLoader.View<C> view = new ViewLoader(session.bundle(), new ControllerFactory().register(type, controller))
                .load(type);
        return new StepPage(view.root(), view.controller()::initialFocus);
    }

    /** Asks before every answer is forgotten; keeping them is the default for Enter and Esc. */
    private boolean confirmStartOver() {
        Label message = new Label(session.text("wizard.startOver.text"));
        message.setWrapText(true);
        message.setId("startOverText");
        message.setMinHeight(Region.USE_PREF_SIZE);
        Dialog<ButtonType> dialog = Dialogs.themed(window.stage(), "startOverDialog",
                session.text("wizard.startOver.title"), session.text("wizard.startOver.header"), message);
        ButtonType clear = Dialogs.button(session.text("wizard.startOver.confirm"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = Dialogs.button(session.text("wizard.startOver.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(clear, keep);
        dialog.getDialogPane().setPrefWidth(520);
        Button clearButton = (Button) dialog.getDialogPane().lookupButton(clear);
        clearButton.setId("startOverConfirm");
        clearButton.getStyleClass().add("wizard-danger-button");
        Button keepButton = (Button) dialog.getDialogPane().lookupButton(keep);
        keepButton.setId("startOverKeep");
        keepButton.setDefaultButton(true);
        return dialog.showAndWait().filter(b -> b == clear).isPresent();
    }
}
