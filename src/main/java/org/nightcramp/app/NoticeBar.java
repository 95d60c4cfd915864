package org.nightcramp.app;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.glyphfont.Glyph;

/**
 * Non-blocking notices, for things the person should know but not stop for. The bar is a row of
 * its own above the page, so it pushes the page down instead of covering its top (as ControlsFX's
 * NotificationPane did); it goes away when closed or when the person moves to another page.
 */
public final class NoticeBar extends HBox {

    private final Label text = new Label();
    private final Button close = new Button();
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");

    public NoticeBar() {
        getStyleClass().add("notice-bar");
        setAccessibleRole(AccessibleRole.TEXT);
        text.setId("noticeText");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setGraphic(new Glyph("FontAwesome", "INFO_CIRCLE"));
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        close.setId("noticeClose");
        close.setGraphic(new Glyph("FontAwesome", "TIMES"));
        close.getStyleClass().add("button-quiet");
        close.setOnAction(e -> hide());
        getChildren().addAll(text, close);
        managedProperty().bind(visibleProperty());
        visibleProperty().bind(showing);
        showing.set(false);
    }

    /** Shows these lines, replacing any notice already up. */
    public void show(List<String> lines, String accessibleText, String closeText) {
        text.setText(String.join("\n", lines));
        getChildren().setAll(text, close);
        setAccessibleText(accessibleText + ": " + text.getText());
        close.setAccessibleText(closeText);
        showing.set(true);
    }

    /**
     * Shows controls instead of words (the bedtime reminder offers buttons), replacing any notice
     * already up; {@link #getText()} is then empty.
     */
    public void showContent(Node content, String accessibleText, String closeText) {
        text.setText("");
        HBox.setHgrow(content, Priority.ALWAYS);
        getChildren().setAll(content, close);
        setAccessibleText(accessibleText);
        close.setAccessibleText(closeText);
        showing.set(true);
    }

    public void hide() {
        showing.set(false);
    }

    public boolean isShowing() {
        return showing.get();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** The notice's words, several notices one to a line. */
    public String getText() {
        return text.getText();
    }
}
