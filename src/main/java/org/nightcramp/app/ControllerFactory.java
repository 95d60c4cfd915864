package org.nightcramp.app;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Hands FXML controllers their collaborators through their constructors: each controller type is
 * registered with a supplier by the composition root, so no controller reaches for a singleton.
 */
public final class ControllerFactory {

    private final Map<Class<?>, Supplier<?>> suppliers = new HashMap<>();

    public <C> ControllerFactory register(Class<C> type, Supplier<? extends C> supplier) {
        suppliers.put(type, supplier);
        return this;
    }

    Object create(Class<?> type) {
        Supplier<?> supplier = suppliers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller registered for " + type.getName()
                    + "; register it where the app is composed");
        }
        return supplier.get();
    }
}
