package org.nightcramp.app;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The window-wide keys; they live on the scene, so they survive a language switch. */
final class Shortcuts {

    private Shortcuts() {
    }

    static void install(Scene scene, MainWindowViewModel model, MainWindow window) {
        var keys = scene.getAccelerators();
        // Ctrl+= is what people press for "bigger" on most keyboards; Ctrl++ and the keypad work too.
        for (KeyCode code : new KeyCode[] {KeyCode.EQUALS, KeyCode.PLUS, KeyCode.ADD}) {
            keys.put(new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN), model::largerText);
        }
        keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), model::largerText);
        for (KeyCode code : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            keys.put(new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN), model::smallerText);
        }
        keys.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), model::resetText);
        keys.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), window::findInGuide);
        keys.put(new KeyCodeCombination(KeyCode.F1), window::openHelp);
        // A cramp leaves no time for menus: one key, from anywhere, starts the routine.
        keys.put(new KeyCodeCombination(KeyCode.F5), window::startCrampNow);
        // The diary at last night, ready to type: logging a night should take seconds.
        keys.put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), window::logLastNight);
    }
}
