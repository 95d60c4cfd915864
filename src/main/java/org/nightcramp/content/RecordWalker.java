package org.nightcramp.content;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.BiConsumer;

/** Visits every text value in a tree of content records together with its JSON path. */
final class RecordWalker {

    private RecordWalker() {
    }

    static void eachString(Object value, String path, BiConsumer<String, String> visitor) {
        if (value instanceof String s) {
            visitor.accept(path, s);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                eachString(list.get(i), path + "[" + i + "]", visitor);
            }
        } else if (value instanceof java.util.Map<?, ?> map) {
            map.forEach((key, item) -> eachString(item, path + "." + key, visitor));
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                eachString(component(r, c), path + "." + c.getName(), visitor);
            }
        }
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + c, e);
        }
    }
}
