package org.nightcramp.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version, written into the jar by the build. */
public final class AppInfo {

    private AppInfo() {
    }

    public static String version() {
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
