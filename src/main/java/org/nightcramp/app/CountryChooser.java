package org.nightcramp.app;

import org.nightcramp.content.EmergencyNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.nightcramp.content.EmergencyContact;
import org.nightcramp.ui.Styles;

/**
 * Where the person is, for the emergency number: the guide's countries and regions in its
 * language, and "not in the list". Shown at the first start with the disclaimer, and in Get help.
 */
final class CountryChooser {

    /** A country or region to choose, by its code; the combo shows its name. */
    record Option(String code, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final ComboBox<Option> combo = new ComboBox<>();
    private final VBox box;

    /** @param current the settings' country, or {@code ""} to start from the computer's country */
    CountryChooser(AppSession session, String current, String id) {
        List<Option> options = new ArrayList<>();
        for (EmergencyContact contact : session.guide().medicalHelp().emergencyNumbers()) {
            options.add(new Option(contact.region(), contact.name()));
        }
        options.add(new Option(Settings.COUNTRY_NOT_LISTED, session.texts().text("country.notListed")));
        combo.getItems().setAll(options);
        combo.setId(id);
        combo.setPromptText(session.texts().text("country.prompt"));
        combo.setAccessibleText(session.texts().text("country.label"));
        combo.setVisibleRowCount(Math.min(12, options.size()));
        combo.setMaxWidth(Double.MAX_VALUE);
        String wanted = current.isEmpty() ? guess(session) : current;
        options.stream().filter(o -> o.code().equals(wanted)).findFirst().ifPresent(combo::setValue);
        Label label = Styles.add(new Label(session.texts().text("country.label")), Styles.TEXT_BOLD);
        label.setWrapText(true);
        label.setLabelFor(combo);
        box = Styles.add(new VBox(label, combo), "country-chooser");
    }

    /** The computer's country when the guide lists it (an EU country picks the EU's 112). */
    private static String guess(AppSession session) {
        return EmergencyNumbers.forCountry(session.guide().medicalHelp().emergencyNumbers(),
                Locale.getDefault().getCountry()).map(EmergencyContact::region).orElse("");
    }

    VBox node() {
        return box;
    }

    ComboBox<Option> combo() {
        return combo;
    }

    /** The chosen code, or {@code ""} when nothing is chosen. */
    String chosen() {
        return combo.getValue() == null ? Settings.COUNTRY_NOT_CHOSEN : combo.getValue().code();
    }
}
