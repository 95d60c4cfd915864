package org.nightcramp.app.launch;

/** Stands in for the app in the second Java: {@code window} starts "its window", the number is its exit code. */
public final class FakeApp {

    private FakeApp() {
    }

    public static void main(String[] args) {
        if (args[0].equals("window")) {
            JarLaunch.windowStarting();
        }
        System.exit(Integer.parseInt(args[1]));
    }
}
