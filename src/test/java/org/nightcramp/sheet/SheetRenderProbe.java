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
            SheetModel model = SheetFixture.model(tag, SheetFixture.clotSign(), "Sam Lee",
                    "Could my new blood pressure tablets cause the cramps?\nShould I take magnesium?");
            PagePlan plan = SheetFixture.SERVICE.plan(SheetFixture.guide(tag), model, PageGeometry.of(Paper.A4));
            SheetFixture.SERVICE.save(plan, dir.resolve("sheet-" + tag + ".pdf"), true);
            PagePlan general = SheetFixture.plan(tag, org.nightcramp.wizard.Answers.empty(), Paper.LETTER);
            SheetFixture.SERVICE.save(general, dir.resolve("sheet-" + tag + "-general.pdf"), true);
        }
    }
}
