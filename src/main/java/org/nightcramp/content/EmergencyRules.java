package org.nightcramp.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the emergency numbers: each region well formed, with its numbers and the official source
 * they were checked against; and no other text naming a number, because numbers differ by country
 * and only the list knows which one fits the person (a reader in Taiwan must not be told 120).
 */
final class EmergencyRules {

    private static final Pattern REGION = Pattern.compile("[A-Z]{2}");
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9 ]{1,14}");
    private static final String LIST = "$.medicalHelp.emergencyNumbers";

    private final String file;
    private final List<ContentProblem> problems = new ArrayList<>();

    private EmergencyRules(String file) {
        this.file = file;
    }

    static List<ContentProblem> check(String file, Guide guide) {
        EmergencyRules rules = new EmergencyRules(file);
        rules.list(guide.medicalHelp().emergencyNumbers());
        rules.prose(guide);
        return List.copyOf(rules.problems);
    }

    private void list(List<EmergencyContact> contacts) {
        Set<String> regions = new LinkedHashSet<>();
        for (int i = 0; i < contacts.size(); i++) {
            EmergencyContact c = contacts.get(i);
            String at = LIST + "[" + i + "]";
            if (!REGION.matcher(c.region()).matches()) {
                add(at + ".region", "help.region", c.region());
            } else if (!regions.add(c.region())) {
                add(at + ".region", "help.regionDuplicate", c.region());
            }
            // An empty list of numbers is reported with every other empty list (ListRules).
            for (int j = 0; j < c.numbers().size(); j++) {
                if (!PHONE.matcher(c.numbers().get(j).number()).matches()) {
                    add(at + ".numbers[" + j + "].number", "help.number", c.numbers().get(j).number());
                }
            }
            if (!c.sourceUrl().startsWith("https://")) {
                add(at + ".sourceUrl", "source.url", c.sourceUrl());
            }
        }
    }

    /** Names the first listed number found in any text outside the list and the source citations. */
    private void prose(Guide guide) {
        Set<String> numbers = new LinkedHashSet<>();
        // Only well-formed numbers: a typo such as "9" is reported on its own and would match too much.
        guide.medicalHelp().emergencyNumbers().forEach(c -> c.numbers().stream().map(PhoneNumber::number)
                .filter(n -> PHONE.matcher(n).matches()).forEach(numbers::add));
        List<Pattern> patterns = numbers.stream()
                .map(n -> Pattern.compile("(?<![0-9.,:;/-])" + Pattern.quote(n) + "(?![0-9])")).toList();
        List<String> listed = List.copyOf(numbers);
        RecordWalker.eachString(guide, "$", (path, text) -> {
            if (path.startsWith(LIST) || path.startsWith("$.meta.sources")) {
                return;
            }
            for (int i = 0; i < patterns.size(); i++) {
                if (patterns.get(i).matcher(text).find()) {
                    add(path, "text.emergencyNumber", listed.get(i));
                    return;
                }
            }
        });
    }

    private void add(String path, String code, Object... args) {
        problems.add(ContentProblem.of(file, path, code, args));
    }
}
