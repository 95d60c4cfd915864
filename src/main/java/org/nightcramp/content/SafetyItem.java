package org.nightcramp.content;

import java.util.ArrayList;
import java.util.List;

/**
 * An item of a guide that carries safety points, with its JSON path and a key that is the same in
 * every language: the section and the id, such as {@code otherFactors/pregnancy}, or for a routine
 * step {@code steps/cramp-now/clot-check}.
 */
record SafetyItem(String path, String key, List<SafetyPoint> safety) {

    /** Every item of the guide that carries safety points, in the file's order. */
    static List<SafetyItem> all(Guide g) {
        List<SafetyItem> items = new ArrayList<>();
        for (int i = 0; i < g.causes().size(); i++) {
            Cause c = g.causes().get(i);
            items.add(new SafetyItem("$.causes[" + i + "]", "causes/" + c.id(), c.safety()));
        }
        for (int i = 0; i < g.otherFactors().size(); i++) {
            OtherFactor f = g.otherFactors().get(i);
            items.add(new SafetyItem("$.otherFactors[" + i + "]", "otherFactors/" + f.id(), f.safety()));
        }
        for (int i = 0; i < g.aboutYou().size(); i++) {
            AboutYouItem a = g.aboutYou().get(i);
            items.add(new SafetyItem("$.aboutYou[" + i + "]", "aboutYou/" + a.id(), a.safety()));
        }
        for (int i = 0; i < g.advice().size(); i++) {
            Advice a = g.advice().get(i);
            items.add(new SafetyItem("$.advice[" + i + "]", "advice/" + a.id(), a.safety()));
        }
        for (int r = 0; r < g.routines().size(); r++) {
            Routine routine = g.routines().get(r);
            items.add(new SafetyItem("$.routines[" + r + "]", "routines/" + routine.id(), routine.safety()));
            for (int s = 0; s < routine.steps().size(); s++) {
                RoutineStep step = routine.steps().get(s);
                items.add(new SafetyItem("$.routines[" + r + "].steps[" + s + "]",
                        "steps/" + routine.id() + "/" + step.id(), step.safety()));
            }
        }
        help(items, "urgent", g.medicalHelp().urgent());
        help(items, "soon", g.medicalHelp().soon());
        return items;
    }

    private static void help(List<SafetyItem> items, String list, List<HelpItem> help) {
        for (int i = 0; i < help.size(); i++) {
            items.add(new SafetyItem("$.medicalHelp." + list + "[" + i + "]", list + "/" + help.get(i).id(),
                    help.get(i).safety()));
        }
    }

    /** Where the item's points are listed. */
    String safetyPath() {
        return path + ".safety";
    }
}
