package org.nightcramp.app;

import org.nightcramp.content.EmergencyNumbers;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.glyphfont.Glyph;
import org.nightcramp.content.EmergencyContact;
import org.nightcramp.content.HelpItem;
import org.nightcramp.content.MedicalHelp;
import org.nightcramp.content.PhoneNumber;
import org.nightcramp.ui.Styles;

/** "Get help": the warning signs and the emergency number, one click from every page. */
public final class HelpPanelView {

    private final AppSession session;
    private final String country;
    private final Consumer<String> chooseCountry;

    @FXML private Label helpIntro;
    @FXML private Label helpEmergencyNow;
    @FXML private Label helpEmergencyNumber;
    @FXML private Label helpEmergencyRegion;
    @FXML private VBox helpEmergencyBox;
    @FXML private VBox helpUrgentList;
    @FXML private VBox helpSoonList;
    @FXML private TitledPane helpOtherCountries;
    @FXML private GridPane helpNumbersGrid;

    /**
     * @param country       the country the person chose (see {@link Settings#country}), or "" if not yet
     * @param chooseCountry remembers a new choice made here
     */
    public HelpPanelView(AppSession session, String country, Consumer<String> chooseCountry) {
        this.session = session;
        this.country = country;
        this.chooseCountry = chooseCountry;
    }

    @FXML
    private void initialize() {
        MedicalHelp help = session.guide().medicalHelp();
        helpIntro.setText(help.intro());
        helpEmergencyNow.setText(help.emergencyNow());
        helpEmergencyNow.setGraphic(new Glyph("FontAwesome", "PHONE"));
        CountryChooser chooser = new CountryChooser(session, country, "helpCountry");
        helpEmergencyBox.getChildren().add(chooser.node());
        showNumber(help, country);
        chooser.combo().valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                chooseCountry.accept(now.code());
                showNumber(help, now.code());
            }
        });
        help.urgent().forEach(item -> helpUrgentList.getChildren().add(bullet(item, "urgent")));
        help.soon().forEach(item -> helpSoonList.getChildren().add(bullet(item, "soon")));
        int row = 0;
        for (EmergencyContact contact : help.emergencyNumbers()) {
            for (PhoneNumber number : contact.numbers()) {
                Label region = new Label(contact.name());
                region.setWrapText(true);
                Label digits = new Label(number.number());
                // The number itself is never cut short.
                digits.setMinWidth(Region.USE_PREF_SIZE);
                digits.getStyleClass().add(Styles.TEXT_BOLD);
                Label purpose = new Label(number.purpose());
                purpose.setWrapText(true);
                helpNumbersGrid.addRow(row++, region, digits, purpose);
            }
        }
    }

    /** The number for the country; for one the guide does not list, the whole list, and a question. */
    private void showNumber(MedicalHelp help, String code) {
        Optional<EmergencyContact> contact = EmergencyNumbers.forCountry(help.emergencyNumbers(), code);
        helpEmergencyNumber.setVisible(contact.isPresent());
        helpEmergencyNumber.setManaged(contact.isPresent());
        if (contact.isPresent()) {
            PhoneNumber first = contact.get().numbers().get(0);
            helpEmergencyNumber.setText(first.number());
            helpEmergencyNumber.setAccessibleText(session.texts().text("help.callNumber", first.number(), contact.get().name()));
            helpEmergencyRegion.setText(contact.get().name() + " · " + first.purpose());
        } else {
            helpEmergencyNumber.setText("");
            helpEmergencyRegion.setText(session.texts().text("help.country.ask"));
        }
        helpOtherCountries.setExpanded(contact.isEmpty());
    }

    private Label bullet(HelpItem item, String kind) {
        Label label = new Label(session.guide().helpText(item));
        label.setId("help-" + kind + "-" + item.id());
        label.setWrapText(true);
        label.getStyleClass().addAll("help-item", "urgent".equals(kind) ? Styles.DANGER : Styles.ACCENT);
        label.setGraphic(new Glyph("FontAwesome", "urgent".equals(kind) ? "EXCLAMATION_TRIANGLE" : "USER_MD"));
        return label;
    }
}
