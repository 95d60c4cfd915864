package org.nightcramp.wizard;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.glyphfont.Glyph;

/**
 * A wrapping line of text with an icon beside its first line; a label's own graphic would sit
 * beside the middle of a long text instead.
 */
final class IconLine {

    private IconLine() {
    }

    /** @param styleClass the line's style class; the icon is styled as {@code <styleClass>-icon} */
    static HBox of(String glyph, Label text, String styleClass) {
        Glyph icon = new Glyph("FontAwesome", glyph);
        icon.getStyleClass().addAll("wizard-icon-line-icon", styleClass + "-icon");
        text.setWrapText(true);
        text.getStyleClass().add(styleClass);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(icon, text);
        line.getStyleClass().add("wizard-icon-line");
        return line;
    }
}
