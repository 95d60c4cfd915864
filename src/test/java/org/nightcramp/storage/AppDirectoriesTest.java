package org.nightcramp.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    private static final Path HOME = Path.of("/home/ann");

    @Test
    void linuxWithoutXdgUsesDotConfig() {
        assertEquals(Path.of("/home/ann/.config/night-cramp-guide"),
                AppDirectories.resolve("Linux", Map.of(), HOME, Optional.empty()));
    }

    @Test
    void linuxWithAbsoluteXdgUsesIt() {
        assertEquals(Path.of("/data/cfg/night-cramp-guide"),
                AppDirectories.resolve("Linux", Map.of("XDG_CONFIG_HOME", "/data/cfg"), HOME,
                        Optional.empty()));
    }

    @Test
    void linuxIgnoresRelativeOrEmptyXdg() {
        assertEquals(Path.of("/home/ann/.config/night-cramp-guide"),
                AppDirectories.resolve("Linux", Map.of("XDG_CONFIG_HOME", "cfg"), HOME,
                        Optional.empty()));
        assertEquals(Path.of("/home/ann/.config/night-cramp-guide"),
                AppDirectories.resolve("Linux", Map.of("XDG_CONFIG_HOME", ""), HOME,
                        Optional.empty()));
    }

    @Test
    void otherUnixFollowsXdgToo() {
        assertEquals(Path.of("/x/night-cramp-guide"),
                AppDirectories.resolve("FreeBSD", Map.of("XDG_CONFIG_HOME", "/x"), HOME,
                        Optional.empty()));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\ann\\AppData\\Roaming";
        assertEquals(Path.of(appData, "NightCrampGuide"),
                AppDirectories.resolve("Windows 11", Map.of("APPDATA", appData), HOME,
                        Optional.empty()));
    }

    @Test
    void windowsWithoutAppDataFallsBackToRoamingUnderHome() {
        assertEquals(Path.of("/home/ann/AppData/Roaming/NightCrampGuide"),
                AppDirectories.resolve("Windows 10", Map.of(), HOME, Optional.empty()));
    }

    @Test
    void windowsIgnoresXdg() {
        assertEquals(Path.of("/home/ann/AppData/Roaming/NightCrampGuide"),
                AppDirectories.resolve("Windows 10", Map.of("XDG_CONFIG_HOME", "/x"), HOME,
                        Optional.empty()));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/home/ann/Library/Application Support/NightCrampGuide"),
                AppDirectories.resolve("Mac OS X", Map.of("XDG_CONFIG_HOME", "/x"), HOME,
                        Optional.empty()));
    }

    @Test
    void overrideWinsOnEverySystem() {
        Path chosen = Path.of("/media/usb/cramps");
        for (String os : new String[] {"Linux", "Windows 11", "Mac OS X"}) {
            assertEquals(chosen, AppDirectories.resolve(os,
                    Map.of("XDG_CONFIG_HOME", "/x", "APPDATA", "/y"), HOME, Optional.of(chosen)), os);
        }
    }

    @Test
    void forThisMachineHonoursOverride() {
        Path chosen = Path.of("/media/usb/cramps");
        assertEquals(chosen, AppDirectories.forThisMachine(Optional.of(chosen)));
    }

    @Test
    void theCacheFollowsEachSystemsConventionApartFromTheData() {
        assertEquals(Path.of("/home/ann/.cache/night-cramp-guide"), AppDirectories.cache("Linux", Map.of(), HOME));
        assertEquals(Path.of("/var/c/night-cramp-guide"),
                AppDirectories.cache("Linux", Map.of("XDG_CACHE_HOME", "/var/c"), HOME));
        assertEquals(Path.of("/home/ann/.cache/night-cramp-guide"),
                AppDirectories.cache("Linux", Map.of("XDG_CACHE_HOME", "c"), HOME), "a relative XDG folder is ignored");
        assertEquals(Path.of("/home/ann/Library/Caches/NightCrampGuide"), AppDirectories.cache("Mac OS X", Map.of(), HOME));
        String local = "C:\\Users\\ann\\AppData\\Local";
        assertEquals(Path.of(local, "NightCrampGuide", "Cache"),
                AppDirectories.cache("Windows 11", Map.of("LOCALAPPDATA", local), HOME));
        assertEquals(Path.of("/home/ann/AppData/Local/NightCrampGuide/Cache"),
                AppDirectories.cache("Windows 10", Map.of(), HOME));
    }
}
