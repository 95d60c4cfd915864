package org.nightcramp.illustration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nightcramp.content.illustration.Illustration;
import org.nightcramp.content.illustration.IllustrationException;
import org.nightcramp.content.illustration.SvgIllustrationParser;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class IllustrationViewTest {

    private static final double EPS = 1e-6;

    private Pane root;
    private IllustrationView view;

    @Start
    void start(Stage stage) throws IOException, IllustrationException {
        view = new IllustrationView(load("view.svg"));
        view.setId("illustration");
        view.setAccessibleText("A foot pulled toward the shin");
        view.setPrefSize(800, 300);
        root = new Pane(view);
        Scene scene = new Scene(root, 800, 600);
        scene.getStylesheets().add(IllustrationView.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void scalesUniformlyToFitAndCentres(FxRobot robot) {
        // 800 x 300 holds the 400 x 300 drawing at scale 1, with 200 px free on each side.
        assertPoint(new Point2D(200, 0), view.viewBoxToLocal(0, 0));
        assertPoint(new Point2D(600, 300), view.viewBoxToLocal(400, 300));
        SVGPath skin = shape(robot, "ill-skin");
        assertPoint(view.localToScene(400, 150), skin.localToScene(200, 150));

        robot.interact(() -> {
            view.setPrefSize(200, 600);
            root.layout();
        });
        // Now the width limits: scale 0.5, the drawing 150 px tall, centred vertically.
        assertPoint(new Point2D(0, 225), view.viewBoxToLocal(0, 0));
        assertPoint(new Point2D(200, 375), view.viewBoxToLocal(400, 300));
        assertPoint(view.localToScene(100, 300), skin.localToScene(200, 150));
    }

    @Test
    void shapesCarryTheirStyleClassesAndLineWidths(FxRobot robot) {
        List<SVGPath> shapes = robot.lookup(".ill-shape").queryAllAs(SVGPath.class).stream().toList();
        assertEquals(4, shapes.size());
        assertEquals(Set.of("ill-furniture", "ill-skin", "ill-nail", "ill-accent"), Set.copyOf(shapes.stream()
                .map(s -> s.getStyleClass().get(1)).toList()));
        assertEquals(3, shape(robot, "ill-furniture").getStrokeWidth(), EPS);
        assertEquals(4, shape(robot, "ill-nail").getStrokeWidth(), EPS, "the file's stroke-width wins");
        assertNull(shape(robot, "ill-accent").getStroke(), "accent has no line");
        assertEquals(AccessibleRole.IMAGE_VIEW, view.getAccessibleRole());
        assertEquals("A foot pulled toward the shin", view.getAccessibleText());
    }

    @Test
    void partRotatesAboutItsPivotAndMovesInViewBoxUnits(FxRobot robot) {
        IllustrationPart foot = view.part("foot").orElseThrow();
        SVGPath nail = shape(robot, "ill-nail");
        assertPoint(sceneOf(250, 100), nail.localToScene(150, 100));

        robot.interact(() -> foot.setRotate(90));
        // (150, 100) turns a quarter clockwise about (100, 100) to (100, 150), shown at (200, 150).
        assertPoint(sceneOf(200, 150), nail.localToScene(150, 100));
        assertPoint(sceneOf(200, 100), nail.localToScene(100, 100));

        robot.interact(() -> {
            foot.setTranslateX(10);
            foot.setTranslateY(-5);
        });
        assertPoint(sceneOf(210, 145), nail.localToScene(150, 100));

        IllustrationPart hands = view.part("hands").orElseThrow();
        SVGPath accent = shape(robot, "ill-accent");
        robot.interact(() -> hands.setTranslateX(10));
        assertPoint(sceneOf(30, 20), accent.localToScene(10, 10));
        assertTrue(view.part("missing").isEmpty());
    }

    @Test
    void nightThemeRecoloursShapes(FxRobot robot) {
        SVGPath skin = shape(robot, "ill-skin");
        assertEquals(Color.web("#f2c9a8"), skin.getFill());
        robot.interact(() -> {
            root.getStyleClass().add("theme-night");
            root.applyCss();
        });
        // Dimmed and warmed, the same person (issue 9.7; IllustrationNightTest checks every colour).
        assertEquals(Color.web("#c8a27d"), skin.getFill());
        assertEquals(Color.web("#36333a"), skin.getStroke());
    }

    @Test
    void settingAnotherIllustrationReplacesShapesAndParts(FxRobot robot) throws Exception {
        Illustration other = new SvgIllustrationParser().parse("plain.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " viewBox=\"0 0 40 30\"><g id=\"leg\"><line class=\"outline\" x2=\"40\"/></g></svg>").getBytes("UTF-8"));
        robot.interact(() -> view.setIllustration(other));
        assertEquals(1, robot.lookup(".ill-shape").queryAll().size());
        assertTrue(view.part("foot").isEmpty());
        assertTrue(view.part("leg").isPresent());
        // 800 x 300 holds 40 x 30 at scale 10.
        assertPoint(new Point2D(600, 300), view.viewBoxToLocal(40, 30));
    }

    @Test
    void aDrawingBelowTheWindowIsMadeWhenScrolledTo(FxRobot robot) throws Exception {
        IllustrationView below = new IllustrationView(load("view.svg"));
        ScrollPane scroll = WaitForAsyncUtils.asyncFx(() -> {
            below.setPrefSize(400, 300);
            VBox page = new VBox(new Region(), below);
            ((Region) page.getChildren().get(0)).setMinHeight(1500);
            ScrollPane pane = new ScrollPane(page);
            root.getChildren().setAll(pane);
            pane.setPrefSize(800, 600);
            return pane;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        // Sized from the drawing all the same, so nothing moves when the shapes come.
        assertEquals(300, below.getHeight(), EPS);
        assertFalse(below.isInWindow());
        assertFalse(below.isDrawn());
        assertTrue(below.lookupAll(".ill-shape").isEmpty());

        // The skin's colour as the first frame with the shapes would draw it: the night theme's,
        // not the light colours the shapes are made with.
        List<Object> firstFill = new ArrayList<>();
        Runnable look = () -> {
            if (below.isDrawn() && firstFill.isEmpty()) {
                firstFill.add(((SVGPath) below.lookup(".ill-skin")).getFill());
            }
        };
        robot.interact(() -> {
            root.getStyleClass().add("theme-night");
            below.getScene().addPostLayoutPulseListener(look);
            scroll.setVvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> below.getScene().removePostLayoutPulseListener(look));
        assertTrue(below.isInWindow());
        assertTrue(below.isDrawn());
        assertEquals(List.of(Color.web("#c8a27d")), firstFill);
    }

    @Test
    void askingForAPartMakesTheShapesEvenOutOfTheWindow() throws Exception {
        IllustrationView away = new IllustrationView(load("view.svg"));
        assertFalse(away.isDrawn());
        assertTrue(away.part("foot").isPresent());
        assertTrue(away.isDrawn());
    }

    private Point2D sceneOf(double x, double y) {
        return view.localToScene(view.viewBoxToLocal(x, y));
    }

    private static SVGPath shape(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAs(SVGPath.class);
    }

    private static void assertPoint(Point2D expected, Point2D actual) {
        assertEquals(expected.getX(), actual.getX(), EPS, () -> "x of " + actual);
        assertEquals(expected.getY(), actual.getY(), EPS, () -> "y of " + actual);
    }

    private static Illustration load(String name) throws IOException, IllustrationException {
        try (InputStream in = IllustrationViewTest.class.getResourceAsStream(name)) {
            return new SvgIllustrationParser().parse(name, in.readAllBytes());
        }
    }
}
