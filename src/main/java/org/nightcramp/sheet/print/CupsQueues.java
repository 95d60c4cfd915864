package org.nightcramp.sheet.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks CUPS about its queues with {@code lpstat}, in the C locale so the words can be read:
 * whether a printer is idle, printing or stopped, and which jobs a queue has seen. Java's own
 * print services do not say whether a CUPS queue is paused, nor whether a job reached it.
 */
final class CupsQueues {

    private static final System.Logger LOG = System.getLogger(CupsQueues.class.getName());
    private static final Pattern PRINTER = Pattern.compile("^printer (\\S+) (?:is idle|now printing|disabled)");
    private static final Pattern ACCEPTING = Pattern.compile("^(\\S+) (not )?accepting requests");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String lpstat;

    /** @param lpstat the command to run, normally {@code lpstat} from the PATH */
    CupsQueues(String lpstat) {
        this.lpstat = lpstat;
    }

    /** Every printer CUPS knows with its state; empty when CUPS cannot be asked. */
    Optional<Map<String, PrinterStatus>> statuses() {
        return run(List.of("-p", "-a")).map(CupsQueues::parseStatuses);
    }

    /** The ids of the queue's jobs, finished or not; empty when CUPS cannot be asked. */
    Optional<Set<String>> jobs(String printer) {
        return run(List.of("-W", "all", "-o", printer)).map(CupsQueues::parseJobs);
    }

    static Map<String, PrinterStatus> parseStatuses(String output) {
        Map<String, PrinterStatus> states = new HashMap<>();
        for (String line : output.split("\n")) {
            Matcher printer = PRINTER.matcher(line);
            if (printer.find()) {
                PrinterStatus status = line.contains(" is idle") ? PrinterStatus.IDLE
                        : line.contains(" now printing") ? PrinterStatus.BUSY : PrinterStatus.STOPPED;
                states.merge(printer.group(1), status, CupsQueues::worse);
            }
            Matcher accepting = ACCEPTING.matcher(line);
            if (accepting.find() && accepting.group(2) != null) {
                // A queue that refuses jobs prints nothing, whatever its printer is doing.
                states.put(accepting.group(1), PrinterStatus.STOPPED);
            }
        }
        return states;
    }

    static Set<String> parseJobs(String output) {
        Set<String> ids = new LinkedHashSet<>();
        for (String line : output.split("\n")) {
            String id = line.strip().split("\\s+", 2)[0];
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static PrinterStatus worse(PrinterStatus a, PrinterStatus b) {
        return a == PrinterStatus.STOPPED || b == PrinterStatus.STOPPED ? PrinterStatus.STOPPED : b;
    }

    private Optional<String> run(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(lpstat);
        command.addAll(args);
        Path output = null;
        try {
            // To a file, not a pipe, so a queue server that never answers cannot block the read.
            output = Files.createTempFile("nightcramp-lpstat", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().put("LC_ALL", "C");
            builder.environment().put("LANG", "C");
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                LOG.log(System.Logger.Level.DEBUG, () -> String.join(" ", command) + " did not answer in time");
                return Optional.empty();
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                LOG.log(System.Logger.Level.DEBUG, () -> String.join(" ", command) + " failed: " + text.strip());
                return Optional.empty();
            }
            return Optional.of(text);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "No CUPS to ask: " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            deleteQuietly(output);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, () -> "Cannot delete " + file + ": " + e.getMessage());
            }
        }
    }
}
