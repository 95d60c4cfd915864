package org.nightcramp.sheet.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterState;
import javax.print.attribute.standard.QueuedJobCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Reading CUPS's answers (as lpstat gives them in the C locale) and Java's own printer attributes. */
class CupsQueuesTest {

    /** lpstat -p -a with a paused queue, one refusing jobs and one ready (CUPS 2.4). */
    private static final String STATUSES = """
            printer NcTmp disabled since Thu Dec  3 20:05:37 2026 -
            \tPaused
            printer NcTmp2 is idle.  enabled since Thu Dec  3 20:05:37 2026
            \tRejecting Jobs
            printer PDF is idle.  enabled since Thu Dec  3 19:55:41 2026
            printer Laser now printing Laser-7.  enabled since Thu Dec  3 19:55:41 2026
            NcTmp accepting requests since Thu Dec  3 20:05:37 2026
            NcTmp2 not accepting requests since Thu Dec  3 20:05:37 2026 -
            \tRejecting Jobs
            PDF accepting requests since Thu Dec  3 19:55:41 2026
            Laser accepting requests since Thu Dec  3 19:55:41 2026
            """;

    @TempDir
    Path dir;

    @Test
    void pausedAndRefusingQueuesAreStoppedPrintingIsBusy() {
        assertEquals(Map.of("NcTmp", PrinterStatus.STOPPED, "NcTmp2", PrinterStatus.STOPPED,
                "PDF", PrinterStatus.IDLE, "Laser", PrinterStatus.BUSY), CupsQueues.parseStatuses(STATUSES));
    }

    @Test
    void jobIdsAreTheFirstWordOfEachLine() {
        String jobs = """
                PDF-1                   root             61440   Thu Dec  3 19:45:15 2026
                PDF-12                  sam           19501056   Thu Dec  3 19:46:54 2026
                """;
        assertEquals(Set.of("PDF-1", "PDF-12"), CupsQueues.parseJobs(jobs));
        assertEquals(Set.of(), CupsQueues.parseJobs(""));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aScriptStandingInForLpstatIsRunInTheCLocale() throws IOException {
        Path script = dir.resolve("lpstat");
        Files.writeString(script, "#!/bin/sh\nif [ \"$LC_ALL\" = C ]; then echo 'printer PDF is idle.  enabled'; fi\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));

        assertEquals(Map.of("PDF", PrinterStatus.IDLE), new CupsQueues(script.toString()).statuses().orElseThrow());
    }

    @Test
    void withoutLpstatTheQueuesCannotBeAsked() {
        CupsQueues none = new CupsQueues(dir.resolve("no-such-lpstat").toString());
        assertTrue(none.statuses().isEmpty());
        assertTrue(none.jobs("PDF").isEmpty());
    }

    @Test
    void javasOwnAttributesGiveTheStateWhereThereIsNoCups() {
        FakePrintService printer = new FakePrintService("Office");
        assertEquals(PrinterStatus.UNKNOWN, JavaPrintSystem.fromJava(printer));
        printer.attributes.add(new QueuedJobCount(0));
        assertEquals(PrinterStatus.IDLE, JavaPrintSystem.fromJava(printer));
        printer.attributes.add(new QueuedJobCount(2));
        assertEquals(PrinterStatus.BUSY, JavaPrintSystem.fromJava(printer));
        printer.attributes.add(PrinterState.STOPPED);
        assertEquals(PrinterStatus.STOPPED, JavaPrintSystem.fromJava(printer));
        printer.attributes.add(PrinterState.IDLE);
        printer.attributes.add(PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS);
        assertEquals(PrinterStatus.STOPPED, JavaPrintSystem.fromJava(printer));
    }

    @Test
    void aUnixWithoutLprIsToldSoAndWindowsNeedsNone() throws IOException {
        CupsQueues cups = new CupsQueues(dir.resolve("no-such-lpstat").toString());
        Path lpr = dir.resolve("lpr");
        assertEquals(java.util.Optional.of("lpr"), new JavaPrintSystem(cups, lpr, false).missingCommand());
        assertTrue(new JavaPrintSystem(cups, lpr, true).missingCommand().isEmpty());
        Files.writeString(lpr, "#!/bin/sh\n");
        lpr.toFile().setExecutable(true);
        assertTrue(new JavaPrintSystem(cups, lpr, false).missingCommand().isEmpty());
    }
}
