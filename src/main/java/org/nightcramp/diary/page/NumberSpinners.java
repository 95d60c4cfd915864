package org.nightcramp.diary.page;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * The form's number fields: digits only, typed over when focused (Tab, type, Tab), kept in range,
 * and committed before a save so a number typed but not yet confirmed is never lost.
 */
final class NumberSpinners {

    private NumberSpinners() {
    }

    /** @param topText how the top value reads, such as "10+", or null to write it as a number */
    static void bind(Spinner<Integer> spinner, int max, ObjectProperty<Integer> value, String topText) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, max, 0);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer number) {
                return number == null ? "" : number == max && topText != null ? topText : number.toString();
            }

            @Override
            public Integer fromString(String text) {
                String digits = text.replaceAll("[^0-9]", "");
                if (digits.isEmpty()) {
                    return factory.getValue();
                }
                return Math.min(max, Integer.parseInt(digits));
            }
        });
        spinner.setValueFactory(factory);
        factory.valueProperty().bindBidirectional(value);
        int width = Integer.toString(max).length() + 1;
        spinner.getEditor().setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("[0-9]{0," + width + "}\\+?") ? change : null));
        spinner.getEditor().setPrefColumnCount(width + 1);
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                // After the focus move has finished, so the whole number is typed over.
                Platform.runLater(spinner.getEditor()::selectAll);
            } else {
                commit(spinner);
            }
        });
    }

    @SafeVarargs
    static void commit(Spinner<Integer>... spinners) {
        for (Spinner<Integer> spinner : spinners) {
            spinner.commitValue();
            // commitValue keeps "07" as typed; the field shows the number it now holds.
            spinner.getEditor().setText(spinner.getValueFactory().getConverter().toString(spinner.getValue()));
        }
    }
}
