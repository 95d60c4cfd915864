package org.nightcramp.content;

import static org.nightcramp.content.SafetyPoint.ASK_DOCTOR;
import static org.nightcramp.content.SafetyPoint.CHECK_YES;
import static org.nightcramp.content.SafetyPoint.CLOT_SIGNS;
import static org.nightcramp.content.SafetyPoint.FLUID_LIMIT;
import static org.nightcramp.content.SafetyPoint.NO_BURN;
import static org.nightcramp.content.SafetyPoint.NO_QUININE;
import static org.nightcramp.content.SafetyPoint.SAME_DAY;
import static org.nightcramp.content.SafetyPoint.STOP_BEFORE_PAIN;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which items of the guide must carry which safety points, whatever any locale's file says. The
 * keys are language-neutral ({@link SafetyItem#key()}), so dropping a point from an item in every
 * language at once still fails the content check. The facts behind each row
 * are in content-facts.md; a new item that needs a point gets a row here.
 */
final class SafetyRequirements {

    private static final Map<String, List<SafetyPoint>> REQUIRED = table();

    private SafetyRequirements() {
    }

    /** The points each item must carry, by item key, in a fixed order. */
    static Map<String, List<SafetyPoint>> required() {
        return REQUIRED;
    }

    private static Map<String, List<SafetyPoint>> table() {
        Map<String, List<SafetyPoint>> t = new LinkedHashMap<>();
        // Heat in the cold: drinking more is fine unless a doctor limits fluids (dialysis, heart failure).
        t.put("causes/cold", List.of(FLUID_LIMIT));
        t.put("causes/calcium", List.of(ASK_DOCTOR));
        // A warning sign, not a cause to treat at home.
        t.put("causes/blood-flow", List.of(CLOT_SIGNS, SAME_DAY));
        // Pregnancy raises the risk of a clot, and supplements in pregnancy need a professional's word.
        t.put("otherFactors/pregnancy", List.of(CLOT_SIGNS, SAME_DAY, ASK_DOCTOR));
        t.put("otherFactors/dehydration", List.of(FLUID_LIMIT));
        t.put("otherFactors/medicines", List.of(ASK_DOCTOR));
        t.put("otherFactors/health-conditions", List.of(FLUID_LIMIT));
        t.put("aboutYou/about.pregnant", List.of(CLOT_SIGNS, SAME_DAY, ASK_DOCTOR));
        t.put("aboutYou/about.medicines", List.of(ASK_DOCTOR));
        t.put("advice/massage", List.of(CLOT_SIGNS, SAME_DAY));
        // Quinine is the cramp medicine people ask about; the FDA warns against it.
        t.put("advice/ease-soreness", List.of(NO_QUININE, NO_BURN));
        t.put("advice/drink-enough", List.of(FLUID_LIMIT));
        t.put("advice/calcium-food", List.of(ASK_DOCTOR));
        t.put("advice/stretch-before-bed", List.of(STOP_BEFORE_PAIN));
        t.put("advice/check-medicines", List.of(ASK_DOCTOR));
        t.put("advice/get-legs-checked", List.of(CLOT_SIGNS, SAME_DAY));
        t.put("routines/before-bed", List.of(STOP_BEFORE_PAIN));
        t.put("steps/cramp-now/clot-check", List.of(CHECK_YES, SAME_DAY));
        t.put("urgent/clot-signs", List.of(CLOT_SIGNS));
        // Listed among the "see a doctor soon" signs, but one warm, painful leg is a same-day sign.
        t.put("soon/pregnancy-swelling", List.of(CLOT_SIGNS, SAME_DAY));
        return Collections.unmodifiableMap(t);
    }
}
