package org.nightcramp.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: composes the services and shows the main window. */
public final class NightCrampApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
