package org.nightcramp.navigation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/** Records what a page asked of the window, for tests that mount one page on its own. */
public final class FakeNavigator implements Navigator {

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final Supplier<Window> owner;
    private boolean confirmAnswer;
    private Runnable onHelp = () -> { };
    private Consumer<String> onNotice = text -> { };

    public FakeNavigator() {
        this(() -> null);
    }

    /** @param owner the test's stage, for pages that open dialogs */
    public FakeNavigator(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Everything asked for but notices, in order, such as {@code "help"} or {@code "reader help"}. */
    /** Safe to read from the test thread while pages call it from others. */
    public List<String> calls() {
        return calls;
    }

    public List<String> notices() {
        return notices;
    }

    /** Also runs these when help is opened or a notice shown, for tests that watch the order of events. */
    public FakeNavigator calling(Runnable help, Consumer<String> notice) {
        this.onHelp = help;
        this.onNotice = notice;
        return this;
    }

    /** How the next questions are answered. */
    public FakeNavigator answerConfirmations(boolean yes) {
        this.confirmAnswer = yes;
        return this;
    }

    /** How often the help panel was opened. */
    public long helpOpened() {
        return calls.stream().filter("help"::equals).count();
    }

    @Override
    public void show(Page page) {
        calls.add("show " + page);
    }

    @Override
    public void openHelp() {
        calls.add("help");
        onHelp.run();
    }

    @Override
    public void openReader(String sectionId) {
        calls.add("reader " + sectionId);
    }

    @Override
    public void startRoutine(String routineId) {
        calls.add("routine " + routineId);
    }

    @Override
    public void showNotice(String text) {
        notices.add(text);
        onNotice.accept(text);
    }

    @Override
    public boolean confirm(Confirmation question) {
        calls.add("confirm " + question.id());
        return confirmAnswer;
    }

    @Override
    public Window owner() {
        return owner.get();
    }
}
