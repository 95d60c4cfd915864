package org.nightcramp.app;

import java.util.Optional;

/**
 * Where services that outlive a window (settings, the wizard's answers) report a failed save:
 * the notice is worded in the window's current language once the window is there. Before that
 * the failure is only logged, as nothing could show it.
 */
final class NoticeBoard {

    private static final System.Logger LOG = System.getLogger(NoticeBoard.class.getName());

    private MainWindow window;

    void attach(MainWindow window) {
        this.window = window;
    }

    /** Shows the message for a key, from any thread. */
    void post(String key, Object... args) {
        Optional<MainWindow> shown = Optional.ofNullable(window).filter(w -> w.session() != null);
        if (shown.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "Notice before the window could show it: " + key);
            return;
        }
        shown.get().showNotice(shown.get().session().texts().text(key, args));
    }
}
