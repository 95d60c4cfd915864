package org.nightcramp.app;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.glyphfont.Glyph;
import org.nightcramp.content.EmergencyContact;
import org.nightcramp.content.EmergencyNumbers;
import org.nightcramp.content.HelpItem;
import org.nightcramp.content.MedicalHelp;
import org.nightcramp.content.PhoneNumber;

/** "Get help": the warning signs and the emergency number, one click from every page. */
public final class HelpPanelView {

    private final AppSession session;
    private final String country;

    @FXML private Label helpIntro;
    @FXML private Label helpEmergencyNow;
    @FXML private Label helpEmergencyNumber;
    @FXML private Label helpEmergencyRegion;
    @FXML private VBox helpUrgentList;
    @FXML private VBox helpSoonList;
    @FXML private TitledPane helpOtherCountries;
    @FXML private GridPane helpNumbersGrid;

    /** @param country ISO country of the computer's locale, to pick the emergency number */
    public HelpPanelView(AppSession session, String country) {
        this.session = session;
        this.country = country;
    }

    @FXML
    private void initialize() {
        MedicalHelp help = session.guide().medicalHelp();
        helpIntro.setText(help.intro());
        helpEmergencyNow.setText(help.emergencyNow());
        helpEmergencyNow.setGraphic(new Glyph("FontAwesome", "PHONE"));
        Optional<EmergencyContact> primary = EmergencyNumbers.forCountry(help.emergencyNumbers(), country);
        if (primary.isPresent()) {
            PhoneNumber first = primary.get().numbers().get(0);
            helpEmergencyNumber.setText(first.number());
            helpEmergencyNumber.setAccessibleText(session.texts().text("help.callNumber", first.number(), primary.get().name()));
            helpEmergencyRegion.setText(primary.get().name() + " · " + first.purpose());
        } else {
            // A country the guide does not list gets no guessed number: show them all and ask.
            helpEmergencyNumber.setManaged(false);
            helpEmergencyNumber.setVisible(false);
            helpEmergencyRegion.setText(session.texts().text("help.chooseCountry"));
            helpOtherCountries.setExpanded(true);
        }
        help.urgent().forEach(item -> helpUrgentList.getChildren().add(bullet(item, "urgent")));
        help.soon().forEach(item -> helpSoonList.getChildren().add(bullet(item, "soon")));
        int row = 0;
        for (EmergencyContact contact : help.emergencyNumbers()) {
            for (PhoneNumber number : contact.numbers()) {
                Label region = new Label(contact.name());
                // Long region names wrap; the number itself is never cut short.
                region.setWrapText(true);
                Label digits = new Label(number.number());
                digits.setMinWidth(Region.USE_PREF_SIZE);
                digits.getStyleClass().add("help-grid-number");
                Label purpose = new Label(number.purpose());
                purpose.setWrapText(true);
                helpNumbersGrid.addRow(row++, region, digits, purpose);
            }
        }
    }

    private Label bullet(HelpItem item, String kind) {
        Label label = new Label(item.text());
        label.setId("help-" + kind + "-" + item.id());
        label.setWrapText(true);
        label.getStyleClass().addAll("help-item", "help-item-" + kind);
        label.setGraphic(new Glyph("FontAwesome", "urgent".equals(kind) ? "EXCLAMATION_TRIANGLE" : "USER_MD"));
        return label;
    }
}
