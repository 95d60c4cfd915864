package org.nightcramp.relief;

import java.util.ArrayList;
import java.util.List;

/** Records hold and release, and whether the screen is held now. */
final class FakeScreenInhibitor implements ScreenInhibitor {

    final List<String> calls = new ArrayList<>();
    boolean held;

    @Override
    public void hold() {
        calls.add("hold");
        held = true;
    }

    @Override
    public void release() {
        calls.add("release");
        held = false;
    }
}
