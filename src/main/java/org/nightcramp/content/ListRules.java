package org.nightcramp.content;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which of the guide's lists may be empty. A guide with no warning signs, a cause with no
 * explanation or an evidence rating with no source is not a guide, so nearly every list needs an
 * entry. Optional are safety points, because not every item has a caveat, and the About-you
 * questions, because the wizard leaves that page out when there are none. Every list in the model
 * is named here, one way or the other, and a test keeps it so when a list is added.
 */
final class ListRules {

    /** Lists that need at least one entry, by their JSON path with the indices left out. */
    static final Set<String> REQUIRED = Set.of(
            "$.meta.intro", "$.meta.fonts", "$.meta.sources",
            "$.causes", "$.causes[].explanation", "$.causes[].questions", "$.causes[].adviceIds",
            "$.causes[].evidence.sourceIds",
            "$.otherFactors",
            "$.advice", "$.advice[].details", "$.advice[].evidence.sourceIds",
            "$.routines", "$.routines[].steps",
            "$.medicalHelp.urgent", "$.medicalHelp.soon", "$.medicalHelp.emergencyNumbers",
            "$.medicalHelp.emergencyNumbers[].numbers");

    /** Required lists with a count rule of their own, which reports an empty one in its words. */
    static final Set<String> COUNTED = Set.of("$.causes[].questions");

    /** Lists that may be empty: an item's safety points, and the optional About-you page. */
    static final Set<String> MAY_BE_EMPTY = Set.of(
            "$.aboutYou",
            "$.causes[].safety", "$.otherFactors[].safety", "$.aboutYou[].safety", "$.advice[].safety",
            "$.routines[].safety", "$.routines[].steps[].safety",
            "$.medicalHelp.urgent[].safety", "$.medicalHelp.soon[].safety");

    private ListRules() {
    }

    /** Calls back with the path of every empty list that needs an entry, in the file's order. */
    static void eachEmptyRequired(Guide guide, Consumer<String> emptyAt) {
        RecordWalker.eachList(guide, "$", (path, list) -> {
            String shape = shape(path);
            if (list.isEmpty() && !MAY_BE_EMPTY.contains(shape) && !COUNTED.contains(shape)) {
                emptyAt.accept(path);
            }
        });
    }

    /** "$.causes[2].explanation" becomes "$.causes[].explanation". */
    static String shape(String path) {
        return path.replaceAll("\\[\\d+]", "[]");
    }

    /** For tests: every list rule, required or not. */
    static List<String> all() {
        return java.util.stream.Stream.concat(REQUIRED.stream(), MAY_BE_EMPTY.stream()).sorted().toList();
    }
}
