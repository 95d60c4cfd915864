package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Without {@code contentNulls = FAIL} a null list element reaches the record's List.copyOf and
 * is reported as an unreadable NullPointerException instead of a located null value.
 */
class ListsRejectNullElementsTest {

    @Test
    void everyListReadByJacksonFailsOnNullElements() throws NoSuchMethodException {
        List<String> unguarded = new ArrayList<>();
        for (Class<?> type : recordsReadByJackson()) {
            RecordComponent[] components = type.getRecordComponents();
            // JsonSetter cannot target a record component; Java puts it on the constructor parameter.
            Parameter[] parameters = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new)).getParameters();
            for (int i = 0; i < components.length; i++) {
                JsonSetter setter = parameters[i].getAnnotation(JsonSetter.class);
                if (List.class.equals(components[i].getType()) && (setter == null || setter.contentNulls() != Nulls.FAIL)) {
                    unguarded.add(type.getSimpleName() + "." + components[i].getName());
                }
            }
        }

        assertEquals(List.of(), unguarded);
    }

    /** The records Jackson builds: everything reachable from Guide's sections (GuideReader reads Guide itself). */
    private static Set<Class<?>> recordsReadByJackson() {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (RecordComponent c : Guide.class.getRecordComponents()) {
            collect(c.getGenericType(), found);
        }
        return found;
    }

    private static void collect(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, found);
            }
        } else if (type instanceof Class<?> c && c.isRecord() && found.add(c)) {
            for (RecordComponent component : c.getRecordComponents()) {
                collect(component.getGenericType(), found);
            }
        }
    }
}
