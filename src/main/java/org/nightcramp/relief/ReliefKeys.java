package org.nightcramp.relief;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * Space, Left, Right, R and Esc while the panel is on screen. They are caught on the scene, so
 * they work wherever the focus is, and dropped when the panel leaves it (another page, a language switch).
 */
final class ReliefKeys implements EventHandler<KeyEvent> {

    /** Buttons with this style class keep Space for themselves: the answers, for keyboard users. */
    static final String KEEPS_SPACE = "relief-answer";

    private final ReliefViewModel model;

    private ReliefKeys(ReliefViewModel model) {
        this.model = model;
    }

    static void install(Node panel, ReliefViewModel model) {
        ReliefKeys keys = new ReliefKeys(model);
        panel.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        if (panel.getScene() != null) {
            panel.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }

    @Override
    public void handle(KeyEvent e) {
        if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown() || typing(e)) {
            return;
        }
        switch (e.getCode()) {
            case SPACE -> {
                if (focusKeepsSpace(e)) {
                    return;
                }
                model.toggle();
            }
            case LEFT -> model.back();
            case RIGHT -> model.skip();
            case R -> model.restart();
            case ESCAPE -> model.stop();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Keys belong to a field being typed in, or a list being chosen from; a locked spinner's is neither. */
    private static boolean typing(KeyEvent e) {
        Node focus = focusOwner(e);
        return focus instanceof TextInputControl field && field.isEditable() || focus instanceof ComboBoxBase<?>;
    }

    private static boolean focusKeepsSpace(KeyEvent e) {
        return focusOwner(e) instanceof ButtonBase button && button.getStyleClass().contains(KEEPS_SPACE);
    }

    private static Node focusOwner(KeyEvent e) {
        return e.getSource() instanceof Scene scene ? scene.getFocusOwner() : null;
    }
}
