package org.nightcramp.navigation;

import javafx.stage.Window;

/**
 * What a page may ask of the window around it: another page, the help panel, a notice, a
 * question. The main window implements it and tests fake it, so no page knows another page's
 * controller or the window's lambdas (in the manner of JabRef's DialogService).
 */
public interface Navigator {

    /** Switches to a page. */
    void show(Page page);

    /** Opens the warning signs and the emergency number. */
    void openHelp();

    /** Switches to the reader at a section, such as {@code cause:cold} or {@code help}. */
    void openReader(String sectionId);

    /** Switches to the relief page and starts a routine of the guide, such as {@code cramp-now}. */
    void startRoutine(String routineId);

    /** Shows a notice above the page without interrupting the person; safe from any thread. */
    void showNotice(String text);

    /** Asks a yes-or-no question in a themed dialog; true only when the person confirmed. */
    boolean confirm(Confirmation question);

    /** The window dialogs and file choosers belong to. */
    Window owner();
}
