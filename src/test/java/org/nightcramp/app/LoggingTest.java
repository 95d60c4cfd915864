package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The log keeps stack traces for debugging only, and FontBox's per-glyph warnings out of sight. */
class LoggingTest {

    private static LogRecord recordWithTrace() {
        LogRecord r = new LogRecord(Level.WARNING, "Cannot save settings to /ro/settings.json");
        r.setLoggerName("org.nightcramp.app.AppStartup");
        r.setThrown(new NoSuchFileException("/ro/settings.json"));
        return r;
    }

    @Test
    void aRecordIsOneLineWithTheReasonButNoTrace() {
        String line = new Logging.OneLine(false).format(recordWithTrace());

        assertEquals("WARNING org.nightcramp.app.AppStartup: Cannot save settings to /ro/settings.json"
                + " (java.nio.file.NoSuchFileException: /ro/settings.json)" + System.lineSeparator(), line);
    }

    @Test
    void debuggingShowsTheTrace() {
        String text = new Logging.OneLine(true).format(recordWithTrace());

        assertTrue(text.contains("\tat "), text);
    }

    @Test
    void debugIsAskedForByEnvironmentOrProperty() {
        assertTrue(Logging.debugWanted("debug", null));
        assertTrue(Logging.debugWanted(null, "DEBUG"));
        assertFalse(Logging.debugWanted(null, null));
        assertFalse(Logging.debugWanted("info", ""));
    }

    @Test
    void fontBoxWarningsAndConsoleCommandLogsAreKeptOff() throws Exception {
        try {
            Logging.configure(true);

            assertFalse(Logger.getLogger("org.apache.fontbox.ttf.TTFParser").isLoggable(Level.WARNING));
            assertTrue(Logger.getLogger("org.apache.fontbox.ttf.TTFParser").isLoggable(Level.SEVERE));
            assertEquals(Level.OFF, Logger.getLogger("").getHandlers()[0].getLevel());
            Logging.configure(false);
            assertEquals(Level.INFO, Logger.getLogger("").getHandlers()[0].getLevel());
        } finally {
            LogManager.getLogManager().readConfiguration();
        }
    }
}
