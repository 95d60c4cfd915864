package org.nightcramp.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.nightcramp.l10n.Texts;

/**
 * The one way to load a view: the FXML sits beside its controller class under resources
 * ({@code org/nightcramp/reader/ReaderView.fxml} for {@code ReaderView}), gets the UI bundle
 * for {@code %key} labels, and its controller from the factory.
 */
public final class ViewLoader {

    private final Texts texts;
    private final ControllerFactory controllers;

    public ViewLoader(Texts texts, ControllerFactory controllers) {
        this.texts = texts;
        this.controllers = controllers;
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    public <C> View<C> load(Class<C> controllerType) {
        String name = controllerType.getSimpleName() + ".fxml";
        URL location = controllerType.getResource(name);
        String path = controllerType.getPackageName().replace('.', '/') + "/" + name;
        if (location == null) {
            throw new IllegalStateException("Missing FXML resource " + path);
        }
        FXMLLoader loader = new FXMLLoader(location, texts.bundle());
        loader.setControllerFactory(controllers::create);
        try {
            Parent root = loader.load();
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + path + ": " + e.getMessage(), e);
        }
    }
}
