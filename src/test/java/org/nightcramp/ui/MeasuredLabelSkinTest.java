package org.nightcramp.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A label with the remembering skin measures exactly as one with JavaFX's, before and after changes. */
@ExtendWith(ApplicationExtension.class)
class MeasuredLabelSkinTest {

    private static final String LONG = "Stretch the calf before bed: stand facing a wall, one foot back, heel down, "
            + "and lean in until the calf feels a gentle pull; hold, breathe, and change sides.";
    private static final String CHINESE = "睡前拉伸小腿：面对墙站立，一脚在后，脚跟着地，身体前倾，直到小腿有轻微的牵拉感。";
    private static final List<Double> WIDTHS = List.of(-1.0, 60.0, 150.0, 333.5, 1000.0);

    private Label measured;
    private Label plain;

    @Start
    void start(Stage stage) {
        measured = label();
        measured.setSkin(new MeasuredLabelSkin(measured));
        plain = label();
        plain.setSkin(new LabelSkin(plain));
        stage.setScene(new Scene(new VBox(measured, plain), 400, 600));
        stage.show();
    }

    private static Label label() {
        Label label = new Label(LONG);
        label.setWrapText(true);
        label.setPadding(new Insets(3, 5, 7, 11));
        return label;
    }

    @Test
    void measuresAsJavaFxDoes(FxRobot robot) {
        assertSameHeights(robot, "long text");
    }

    @Test
    void followsEveryChangeToWhatItMeasured(FxRobot robot) {
        // Each change comes after the heights were asked (and remembered) at every width.
        change(robot, "longer text", l -> l.setText(LONG + " " + LONG));
        change(robot, "Chinese text", l -> l.setText(CHINESE));
        change(robot, "a second line", l -> l.setText("First line\n" + LONG));
        change(robot, "larger font", l -> l.setFont(Font.font(l.getFont().getFamily(), 22)));
        change(robot, "no wrapping", l -> l.setWrapText(false));
        change(robot, "wrapping again", l -> l.setWrapText(true));
        change(robot, "line spacing", l -> l.setLineSpacing(6));
        change(robot, "label padding from CSS", l -> l.setStyle("-fx-label-padding: 9 2 4 6;"));
        change(robot, "padding", l -> l.setPadding(new Insets(20)));
        change(robot, "a graphic", l -> l.setGraphic(new Rectangle(30, 80)));
        change(robot, "no graphic", l -> l.setGraphic(null));
        change(robot, "empty", l -> l.setText(""));
    }

    @Test
    void aChangeReallyChangesTheHeight(FxRobot robot) {
        // Guards the test above: were the changes too small to show, it would pass on a stale skin.
        double before = heightAt(robot, 150);
        change(robot, "longer text", l -> l.setText(LONG + " " + LONG));
        assertNotEquals(before, heightAt(robot, 150));
    }

    @Test
    void theAppsThemeGivesLabelsThisSkin(FxRobot robot) {
        Label label = new Label("Night");
        robot.interact(() -> {
            Scene scene = new Scene(new VBox(label));
            scene.getStylesheets().add(getClass().getResource("/org/nightcramp/app/app.css").toExternalForm());
            label.applyCss();
        });
        assertInstanceOf(MeasuredLabelSkin.class, label.getSkin());
    }

    private void change(FxRobot robot, String what, Consumer<Label> change) {
        assertSameHeights(robot, "before " + what);
        robot.interact(() -> {
            change.accept(measured);
            change.accept(plain);
            measured.applyCss();
            plain.applyCss();
        });
        assertSameHeights(robot, what);
    }

    private double heightAt(FxRobot robot, double width) {
        double[] height = new double[1];
        robot.interact(() -> height[0] = measured.prefHeight(width));
        return height[0];
    }

    private void assertSameHeights(FxRobot robot, String when) {
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        robot.interact(() -> {
            for (double width : WIDTHS) {
                expected.append(heights(plain, width));
                actual.append(heights(measured, width));
            }
        });
        assertEquals(expected.toString(), actual.toString(), when);
    }

    private static String heights(Label label, double width) {
        return "at " + width + ": min " + label.minHeight(width) + ", pref " + label.prefHeight(width) + "\n";
    }
}
