package org.nightcramp.reader;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

class ReaderViewChineseTest extends ReaderViewFlowTest {

    @Start
    void start(Stage stage) {
        mount(stage);
    }

    @Override
    String locale() {
        return "zh-CN";
    }

    @Override
    String word() {
        return "小腿";
    }

    @Override
    String status(int current, int count) {
        return "第 " + current + " 处，共 " + count + " 处";
    }
}
