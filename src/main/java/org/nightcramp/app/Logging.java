package org.nightcramp.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The app's log (System.Logger, SLF4J through slf4j-jdk14, and PDFBox's commons-logging all end in
 * java.util.logging): one line per record on stderr, a stack trace only at the debug level.
 * Console commands tell people what went wrong in their own words, so they log nothing unless
 * debugging is asked for with {@code NIGHTCRAMP_LOG=debug} (or {@code -Dnightcramp.log=debug}).
 */
public final class Logging {

    /** PDFBox and FontBox warn once per glyph of a broken font; the content checks name the font instead. */
    private static final String[] CHATTY = {"org.apache.fontbox", "org.apache.pdfbox"};
    /** Strong references: java.util.logging keeps loggers only weakly, and would forget their levels. */
    private static final Logger[] QUIETED = new Logger[CHATTY.length];
    private static Logger own;

    private Logging() {
    }

    /** Applies the app's settings, unless the person gave a logging configuration of their own. */
    public static void configure(boolean consoleCommand) {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return;
        }
        boolean debug = debugWanted(System.getenv("NIGHTCRAMP_LOG"), System.getProperty("nightcramp.log"));
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        Handler console = new ConsoleHandler();
        console.setFormatter(new OneLine(debug));
        Level threshold = debug ? Level.ALL : consoleCommand ? Level.OFF : Level.INFO;
        console.setLevel(threshold);
        // Debugging opens this app's own debug records (and PDFBox's), not JavaFX's focus chatter.
        root.setLevel(debug ? Level.INFO : threshold);
        root.addHandler(console);
        own = Logger.getLogger("org.nightcramp");
        own.setLevel(debug ? Level.FINE : null);
        for (int i = 0; i < CHATTY.length; i++) {
            QUIETED[i] = Logger.getLogger(CHATTY[i]);
            QUIETED[i].setLevel(debug ? Level.FINE : Level.SEVERE);
        }
    }

    static boolean debugWanted(String environment, String property) {
        return "debug".equalsIgnoreCase(environment) || "debug".equalsIgnoreCase(property);
    }

    /** "WARNING org.nightcramp.X: message (the exception's message)", with the trace only when debugging. */
    static final class OneLine extends Formatter {
        private final boolean traces;

        OneLine(boolean traces) {
            this.traces = traces;
        }

        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName()).append(": ").append(formatMessage(r));
            Throwable thrown = r.getThrown();
            if (thrown != null && traces) {
                StringWriter trace = new StringWriter();
                thrown.printStackTrace(new PrintWriter(trace));
                line.append(System.lineSeparator()).append(trace.toString().stripTrailing());
            } else if (thrown != null) {
                line.append(" (").append(thrown).append(')');
            }
            return line.append(System.lineSeparator()).toString();
        }
    }
}
