package org.nightcramp.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application; everything it shows is composed in {@link AppStartup}. */
public final class NightCrampApp extends Application {

    @Override
    public void start(Stage stage) throws CommandLine.UsageException {
        AppStartup.start(stage, CommandLine.parse(getParameters().getRaw()));
    }
}
