package org.nightcramp.reader;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

class ReaderViewEnglishTest extends ReaderViewFlowTest {

    @Start
    void start(Stage stage) {
        mount(stage);
    }

    @Override
    String locale() {
        return "en";
    }

    @Override
    String word() {
        return "calf";
    }

    @Override
    String status(int current, int count) {
        return current + " of " + count;
    }
}
