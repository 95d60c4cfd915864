package org.nightcramp.content;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.BiConsumer;

/** Visits every text value or list in a tree of content records together with its JSON path. */
final class RecordWalker {

    private RecordWalker() {
    }

    static void eachString(Object value, String path, BiConsumer<String, String> visitor) {
        each(value, path, (at, node) -> {
            if (node instanceof String s) {
                visitor.accept(at, s);
            }
        });
    }

    /** Every list, outer lists before the lists inside their items. */
    static void eachList(Object value, String path, BiConsumer<String, List<?>> visitor) {
        each(value, path, (at, node) -> {
            if (node instanceof List<?> list) {
                visitor.accept(at, list);
            }
        });
    }

    /** Every value in the tree, each before what it holds. */
    private static void each(Object value, String path, BiConsumer<String, Object> visitor) {
        visitor.accept(path, value);
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                each(list.get(i), path + "[" + i + "]", visitor);
            }
        } else if (value instanceof java.util.Map<?, ?> map) {
            map.forEach((key, item) -> each(item, path + "." + key, visitor));
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                each(component(r, c), path + "." + c.getName(), visitor);
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
