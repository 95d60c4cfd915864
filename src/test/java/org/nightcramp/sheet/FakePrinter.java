package org.nightcramp.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.Window;

/** A printer that keeps the pages it is given, so a test can look at them. */
final class FakePrinter implements SheetPrinter {

    final List<Node> pages = new ArrayList<>();
    boolean present = true;
    boolean accept = true;
    Paper asked;
    String jobName;
    Window owner;
    boolean ended;
    /** Letter-sized paper with half-inch margins, as many printers report. */
    PageGeometry page = new PageGeometry(612, 792, 36, 36, 36, 36);

    @Override
    public Optional<Job> createJob(Paper paper, String name) {
        asked = paper;
        jobName = name;
        return present ? Optional.of(new Job() {
            @Override
            public boolean showDialog(Window window) {
                owner = window;
                return accept;
            }

            @Override
            public PageGeometry page() {
                return page;
            }

            @Override
            public String printerName() {
                return "Fake printer";
            }

            @Override
            public boolean printPage(Node node) {
                pages.add(node);
                return true;
            }

            @Override
            public boolean end() {
                ended = true;
                return true;
            }
        }) : Optional.empty();
    }
}
