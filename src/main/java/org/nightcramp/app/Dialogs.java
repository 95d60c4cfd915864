package org.nightcramp.app;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.nightcramp.navigation.Confirmation;
import org.nightcramp.ui.Styles;

/** Builds dialogs that look like the window they belong to: same stylesheets, same theme. */
final class Dialogs {

    private Dialogs() {
    }

    static <R> Dialog<R> themed(Window owner, String id, String title, String header, Node content) {
        Dialog<R> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setContent(content);
        Scene ownerScene = owner.getScene();
        if (ownerScene != null) {
            dialog.getDialogPane().getStylesheets().setAll(ownerScene.getStylesheets());
            dialog.getDialogPane().getStyleClass().addAll(ownerScene.getRoot().getStyleClass()
                    .filtered(c -> c.startsWith("theme-") || c.equals(MainWindow.CJK_NO_BOLD)));
            dialog.getDialogPane().setStyle(ownerScene.getRoot().getStyle());
        }
        return dialog;
    }

    static ButtonType button(String text, ButtonBar.ButtonData data) {
        return new ButtonType(text, data);
    }

    /**
     * Asks a yes-or-no question; keeping things as they are is the default for Enter and Esc.
     * Ids: {@code <id>Dialog}, {@code <id>Text}, {@code <id>Confirm} and {@code <id>Keep}.
     */
    static boolean confirm(Window owner, Confirmation question) {
        Label message = new Label(question.message());
        message.setWrapText(true);
        message.setId(question.id() + "Text");
        // A wrapping label reports its one-line width as preferred; the pane must set the width.
        message.setMinHeight(Region.USE_PREF_SIZE);
        Dialog<ButtonType> dialog = themed(owner, question.id() + "Dialog", question.title(), question.header(), message);
        ButtonType yes = button(question.confirm(), ButtonBar.ButtonData.OTHER);
        ButtonType keep = button(question.keep(), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(yes, keep);
        dialog.getDialogPane().setPrefWidth(520);
        Button yesButton = (Button) dialog.getDialogPane().lookupButton(yes);
        yesButton.setId(question.id() + "Confirm");
        if (question.dangerous()) {
            yesButton.getStyleClass().add(Styles.BUTTON_DANGER);
        }
        Button keepButton = (Button) dialog.getDialogPane().lookupButton(keep);
        keepButton.setId(question.id() + "Keep");
        keepButton.setDefaultButton(true);
        return dialog.showAndWait().filter(b -> b == yes).isPresent();
    }
}
