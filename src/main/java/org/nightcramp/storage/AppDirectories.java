package org.nightcramp.storage;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the folders that hold the user's settings and what the app may rebuild at will (its
 * cache), following each operating system's convention.
 */
public final class AppDirectories {

    /** Folder name under the XDG config folder on Linux and other Unix systems. */
    static final String UNIX_FOLDER = "night-cramp-guide";
    /** Folder name on Windows and macOS, where folders are named like applications. */
    static final String FOLDER = "NightCrampGuide";

    private AppDirectories() {
    }

    /** The data folder on this computer; {@code override} (from {@code --data-dir}) wins when present. */
    public static Path forThisMachine(Optional<Path> override) {
        return resolve(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home", "")), override);
    }

    /**
     * The data folder for the given {@code os.name}, environment and home folder. Paths are built on
     * {@code userHome}'s file system so the answer depends on the arguments alone.
     */
    public static Path resolve(String osName, Map<String, String> env, Path userHome,
                               Optional<Path> override) {
        if (override.isPresent()) {
            return override.get();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return folder(userHome, env.get("APPDATA"), false, userHome.resolve("AppData").resolve("Roaming"))
                    .resolve(FOLDER);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return userHome.resolve("Library").resolve("Application Support").resolve(FOLDER);
        }
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        return folder(userHome, env.get("XDG_CONFIG_HOME"), true, userHome.resolve(".config")).resolve(UNIX_FOLDER);
    }

    /** The folder for files the app can always make again (never the person's data) on this computer. */
    public static Path cacheForThisMachine() {
        return cache(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home", "")));
    }

    /**
     * The cache folder for the given {@code os.name}, environment and home folder: apart from the
     * data folder, so clearing a cache (as disk cleaners do) never touches what the person saved.
     * Plain code without lambdas: a {@code java -jar}'s first Java asks for it before anything is
     * compiled (org.nightcramp.app.launch).
     */
    public static Path cache(String osName, Map<String, String> env, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return folder(userHome, env.get("LOCALAPPDATA"), false, userHome.resolve("AppData").resolve("Local"))
                    .resolve(FOLDER).resolve("Cache");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return userHome.resolve("Library").resolve("Caches").resolve(FOLDER);
        }
        // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
        return folder(userHome, env.get("XDG_CACHE_HOME"), true, userHome.resolve(".cache")).resolve(UNIX_FOLDER);
    }

    /** {@code value} as a path on {@code userHome}'s file system (absolute if asked), else {@code fallback}. */
    private static Path folder(Path userHome, String value, boolean absolute, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            Path path = userHome.getFileSystem().getPath(value);
            return !absolute || path.isAbsolute() ? path : fallback;
        } catch (InvalidPathException e) {
            // A malformed variable is treated as unset rather than stopping the app from starting.
            return fallback;
        }
    }
}
