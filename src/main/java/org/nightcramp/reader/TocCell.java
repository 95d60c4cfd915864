package org.nightcramp.reader;

import javafx.scene.control.ListCell;

/** A table-of-contents entry: the section heading, indented for level 2, with a stable id. */
final class TocCell extends ListCell<Section> {

    TocCell() {
        // Long headings wrap instead of widening the list past its column.
        setWrapText(true);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Section section, boolean empty) {
        super.updateItem(section, empty);
        getStyleClass().removeAll("toc-level-1", "toc-level-2");
        if (empty || section == null) {
            setText(null);
            setId(null);
        } else {
            setText(section.heading());
            setId(ReaderPage.nodeId("toc-", section.id()));
            getStyleClass().add("toc-level-" + section.level());
        }
    }
}
