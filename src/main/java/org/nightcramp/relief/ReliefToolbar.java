package org.nightcramp.relief;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;
import org.controlsfx.glyphfont.Glyph;
import org.nightcramp.content.Routine;

/** The panel's toolbar bound to the view model: the routine, the hold choices and the sound switch. */
final class ReliefToolbar {

    private final ReliefViewModel model;
    /**
     * The spinners' views of the model's numbers. Bidirectional bindings hold their ends weakly,
     * so these are held here, or the binding is collected and the spinners stop following.
     */
    private ObjectProperty<Integer> holdValue;
    private ObjectProperty<Integer> repetitionsValue;

    ReliefToolbar(ReliefViewModel model) {
        this.model = model;
    }

    /** One toggle per routine in the guide; locked while a routine is under way. */
    ReliefToolbar chooser(Label label, SegmentedButton chooser) {
        label.setLabelFor(chooser);
        for (Routine routine : model.routines()) {
            ToggleButton button = new ToggleButton(routine.title());
            button.setId("reliefRoutine-" + routine.id());
            button.setUserData(routine);
            button.setAccessibleHelp(routine.summary());
            button.setOnAction(e -> model.choices().routineProperty().set(routine));
            chooser.getButtons().add(button);
        }
        Runnable select = () -> chooser.getButtons().forEach(b -> b.setSelected(b.getUserData() == model.choices().routineProperty().get()));
        model.choices().routineProperty().addListener((obs, old, now) -> select.run());
        select.run();
        chooser.disableProperty().bind(model.display().underWayProperty());
        return this;
    }

    /** Hold length in steps of 5 s and the number of holds; locked while a routine is under way. */
    ReliefToolbar holds(HBox box, Label holdLabel, Spinner<Integer> hold, Label repetitionsLabel,
                        Spinner<Integer> repetitions) {
        holdLabel.setLabelFor(hold);
        repetitionsLabel.setLabelFor(repetitions);
        var seconds = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                PlanOptions.MIN_HOLD_SECONDS, PlanOptions.MAX_HOLD_SECONDS, model.choices().holdSecondsProperty().get(), 5);
        seconds.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : model.text().get("relief.hold.value", value);
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replaceAll("\\D", ""));
            }
        });
        holdValue = model.choices().holdSecondsProperty().asObject();
        seconds.valueProperty().bindBidirectional(holdValue);
        hold.setValueFactory(seconds);
        var times = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                PlanOptions.MIN_REPETITIONS, PlanOptions.MAX_REPETITIONS, model.choices().repetitionsProperty().get());
        repetitionsValue = model.choices().repetitionsProperty().asObject();
        times.valueProperty().bindBidirectional(repetitionsValue);
        repetitions.setValueFactory(times);
        box.disableProperty().bind(model.display().underWayProperty().or(model.choices().hasHoldsProperty().not()));
        return this;
    }

    /** The switch reads "Sound", on by default; the model keeps "muted", the opposite. */
    ReliefToolbar sound(ToggleSwitch sound, Label noSound) {
        sound.setSelected(!model.mutedProperty().get());
        sound.selectedProperty().addListener((obs, was, on) -> model.mutedProperty().set(!on));
        model.mutedProperty().addListener((obs, was, muted) -> sound.setSelected(!muted));
        noSound.setGraphic(new Glyph("FontAwesome", "VOLUME_OFF"));
        noSound.visibleProperty().bind(model.soundAvailableProperty().not());
        noSound.managedProperty().bind(noSound.visibleProperty());
        return this;
    }

    /** The switch reads "Voice": each step spoken as it starts. Off until the person turns it on. */
    ReliefToolbar voice(ToggleSwitch voice) {
        voice.selectedProperty().bindBidirectional(model.voiceProperty());
        return this;
    }
}
