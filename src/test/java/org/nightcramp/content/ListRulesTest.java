package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nightcramp.content.ProblemAssert.assertClean;
import static org.nightcramp.content.ProblemAssert.assertHas;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;
import static org.nightcramp.content.TestGuides.tree;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every list in the guide's model has a decided rule, and the validator keeps it: a required list
 * left empty is reported at its JSON path; an optional one passes.
 */
class ListRulesTest {

    /** Every list in the model, found from the record types, so a new list must be decided too. */
    @Test
    void everyListInTheModelIsDecided() {
        TreeSet<String> found = new TreeSet<>();
        lists(Guide.class, "$", found);

        assertEquals(List.copyOf(found), ListRules.all(),
                "Add each new list to ListRules.REQUIRED or ListRules.MAY_BE_EMPTY");
    }

    static Stream<String> required() {
        return ListRules.REQUIRED.stream().sorted();
    }

    static Stream<String> optional() {
        return ListRules.MAY_BE_EMPTY.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("required")
    void anEmptyRequiredListIsReportedAtItsPath(String shape) {
        ObjectNode guide = tree(EN);
        String path = firstInstance(guide, shape);
        TestGuides.array(guide, pointer(path)).removeAll();

        boolean counted = ListRules.COUNTED.contains(shape);
        assertHas(GuideValidatorTest.validate(guide), EN_FILE, path, counted ? "cause.questionCount" : "list.empty");
    }

    @ParameterizedTest
    @MethodSource("optional")
    void anEmptyOptionalListPasses(String shape) {
        ObjectNode guide = tree(EN);
        TestGuides.array(guide, pointer(firstInstance(guide, shape))).removeAll();

        assertClean(GuideValidatorTest.validate(guide).stream()
                .filter(p -> p.code().equals("list.empty")).toList());
    }

    private static void lists(Type type, String path, TreeSet<String> found) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            found.add(path);
            lists(p.getActualTypeArguments()[0], path + "[]", found);
        } else if (type instanceof Class<?> c && c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                lists(rc.getGenericType(), path + "." + rc.getName(), found);
            }
        }
    }

    /** "$.causes[].explanation" becomes "$.causes[0].explanation", the first item with the list non-empty. */
    private static String firstInstance(ObjectNode guide, String shape) {
        String path = shape;
        while (path.contains("[]")) {
            String outer = path.substring(0, path.indexOf("[]"));
            ArrayNode items = TestGuides.array(guide, pointer(outer));
            String rest = path.substring(path.indexOf("[]") + 2);
            int chosen = 0;
            for (int i = 0; i < items.size(); i++) {
                String candidate = outer + "[" + i + "]" + rest;
                if (!candidate.contains("[]") && !TestGuides.array(guide, pointer(candidate)).isEmpty()) {
                    chosen = i;
                    break;
                }
            }
            path = outer + "[" + chosen + "]" + rest;
        }
        return path;
    }

    /** "$.causes[0].explanation" as the JSON pointer "/causes/0/explanation". */
    private static String pointer(String path) {
        return path.substring(1).replace("[", "/").replace("]", "").replace('.', '/');
    }
}
