package org.nightcramp.app;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;

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
                    .filtered(c -> c.startsWith("theme-")));
            dialog.getDialogPane().setStyle(ownerScene.getRoot().getStyle());
        }
        return dialog;
    }

    static ButtonType button(String text, ButtonBar.ButtonData data) {
        return new ButtonType(text, data);
    }
}
