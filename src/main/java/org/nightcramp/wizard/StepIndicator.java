package org.nightcramp.wizard;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The row of numbered step buttons: the current one selected, those already reached clickable,
 * the rest disabled until the person gets there.
 */
final class StepIndicator {

    private static final PseudoClass REACHED = PseudoClass.getPseudoClass("reached");

    private final WizardViewModel viewModel;
    private final WizardText text;
    private final HBox row;
    private final List<ToggleButton> buttons = new ArrayList<>();

    StepIndicator(WizardViewModel viewModel, WizardText text, HBox row) {
        this.viewModel = viewModel;
        this.text = text;
        this.row = row;
    }

    void install() {
        WizardSteps steps = viewModel.steps();
        for (int i = 0; i < steps.size(); i++) {
            int index = i;
            String name = name(steps.get(i));
            ToggleButton button = new ToggleButton(Integer.toString(i + 1));
            button.setId("wizardStep-" + QuestionRow.cssId(steps.get(i).id()));
            button.getStyleClass().add("wizard-step-button");
            button.setTooltip(new Tooltip(name));
            button.setAccessibleText(text.text("wizard.step.button", i + 1, name));
            button.setOnAction(e -> {
                viewModel.goTo(index);
                // A click on the current step would unselect it; the model decides what is selected.
                sync();
            });
            buttons.add(button);
        }
        row.getChildren().setAll(buttons);
        viewModel.currentProperty().addListener((obs, old, now) -> sync());
        viewModel.furthestProperty().addListener((obs, old, now) -> sync());
        sync();
    }

    private void sync() {
        int current = viewModel.currentProperty().get();
        int furthest = viewModel.furthestProperty().get();
        for (int i = 0; i < buttons.size(); i++) {
            ToggleButton b = buttons.get(i);
            b.setSelected(i == current);
            b.setDisable(i > furthest);
            b.pseudoClassStateChanged(REACHED, i <= furthest);
        }
    }

    /** The step's name for tooltips and screen readers: the cause's title or a UI word. */
    String name(WizardStep step) {
        if (step instanceof WizardStep.CauseStep c) {
            return c.cause().title();
        } else if (step instanceof WizardStep.AboutYou) {
            return text.text("wizard.step.aboutYou");
        } else if (step instanceof WizardStep.Summary) {
            return text.text("wizard.step.summary");
        }
        return text.text("wizard.step.start");
    }
}
