package org.nightcramp.sheet;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Writes sample sheets to target/sheet-samples for people to look at; tagged so builds skip it. */
@Tag("benchmark")
class SheetRenderProbe {

    @Test
    void writeSamples() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/sheet-samples"));
        for (String tag : new String[] {"en", "zh-CN"}) {
            String note = tag.equals("en") ? "Could my new blood pressure tablets cause the cramps?\nShould I take magnesium?"
                    : "新吃的降压药会不会引起抽筋？\n需要补充镁吗？";
            String name = tag.equals("en") ? "Sam Lee" : "李明";
            for (var answers : java.util.Map.of("", SheetFixture.coldAndPosture(), "-clot", SheetFixture.clotSign())
                    .entrySet()) {
                SheetModel model = SheetFixture.SERVICE.model(SheetFixture.guide(tag),
                        SheetFixture.findings(tag, answers.getValue()),
                        new SheetOptions(name, note, SheetFixture.DATE, tag.equals("en") ? "GB" : "CN"), SheetFixture.words(tag));
                PagePlan plan = SheetFixture.SERVICE.plan(SheetFixture.guide(tag), model, PageGeometry.of(Paper.A4));
                SheetFixture.SERVICE.save(plan, dir.resolve("sheet-" + tag + answers.getKey() + ".pdf"), true);
            }
            PagePlan general = SheetFixture.plan(tag, org.nightcramp.assessment.Answers.empty(), Paper.LETTER);
            SheetFixture.SERVICE.save(general, dir.resolve("sheet-" + tag + "-general.pdf"), true);
        }
    }
}
