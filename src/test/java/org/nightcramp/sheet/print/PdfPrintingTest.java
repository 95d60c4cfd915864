package org.nightcramp.sheet.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.Destination;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import javax.print.attribute.standard.PageRanges;
import javax.print.attribute.standard.Sides;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.nightcramp.sheet.Paper;
import org.nightcramp.sheet.print.PrintReport.Result;

/** The printing service against fake print services: what a printer gets, and every way it can go wrong. */
class PdfPrintingTest {

    private static final String JOB = "Night Cramp Guide: my advice sheet";
    private final FakePrintSystem system = new FakePrintSystem();

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void aPdfPrinterGetsTheSavedPdfWithPaperCopiesAndName() throws IOException {
        FakePrintService office = system.add("Office", PrinterStatus.IDLE);
        byte[] pdf = PrintFixture.pdf("en", Paper.A4);

        PrintReport report = system.printing().print(pdf, new PrintOrder("Office", 2, Paper.A4, JOB));

        int count = PrintFixture.plan("en", Paper.A4).pages().size();
        assertEquals(new PrintReport(Result.SENT, "Office", count, 2, ""), report);
        assertEquals(1, office.received.size());
        FakePrintService.Received job = office.received.get(0);
        assertArrayEquals(pdf, job.data(), "the very bytes Save as PDF writes");
        assertEquals(count, pages(job.data()));
        PrintRequestAttributeSet attributes = job.attributes();
        assertEquals(MediaSizeName.ISO_A4, attributes.get(Media.class));
        assertEquals(OrientationRequested.PORTRAIT, attributes.get(OrientationRequested.class));
        assertEquals(new Copies(2), attributes.get(Copies.class));
        assertEquals(JOB, ((JobName) attributes.get(JobName.class)).getValue());
    }

    @Test
    void letterGoesAsLetter() {
        FakePrintService office = system.add("Office", PrinterStatus.BUSY);

        PrintReport report = system.printing().print(PrintFixture.pdf("zh-CN", Paper.LETTER),
                new PrintOrder("Office", 1, Paper.LETTER, "夜间抽筋"));

        assertTrue(report.sent(), report::toString);
        assertEquals(MediaSizeName.NA_LETTER, office.received.get(0).attributes().get(Media.class));
    }

    @Test
    void aPrinterWithoutPdfGetsTheSamePagesThroughAPrinterJob() {
        FakePrintService old = system.add("Old laser", PrinterStatus.IDLE);
        old.takesPdf = false;

        PrintReport report = system.printing().print(PrintFixture.pdf("en", Paper.LETTER),
                new PrintOrder("Old laser", 3, Paper.LETTER, JOB));

        assertTrue(report.sent(), report::toString);
        assertEquals(List.of(), old.received);
        var pages = system.pageables.get(0);
        assertEquals(PrintFixture.plan("en", Paper.LETTER).pages().size(), pages.count());
        assertEquals(612, pages.width(), 0.5);
        assertEquals(792, pages.height(), 0.5);
        assertEquals(new Copies(3), system.pageableAttributes.get(0).get(Copies.class));
        assertEquals(MediaSizeName.NA_LETTER, system.pageableAttributes.get(0).get(Media.class));
    }

    @Test
    void theSystemDialogsChoicesGoWithTheJobAndAPageRangeTrimsTheDocument() throws IOException {
        FakePrintService office = system.add("Office", PrinterStatus.IDLE);
        List<javax.print.attribute.PrintRequestAttribute> extras = List.of(Sides.DUPLEX, new PageRanges(2, 3), new Copies(4));

        PrintReport report = system.printing().print(PrintFixture.pdf("en", Paper.A4),
                new PrintOrder("Office", 1, Paper.A4, JOB, extras));

        assertEquals(2, report.pages());
        assertEquals(4, report.copies());
        var job = office.received.get(0);
        assertEquals(2, pages(job.data()));
        assertEquals(Sides.DUPLEX, job.attributes().get(Sides.class));
        assertEquals(new Copies(4), job.attributes().get(Copies.class));
        assertNull(job.attributes().get(PageRanges.class), "already applied to the pages");
    }

    @Test
    void theDefaultPrinterComesFirstWithItsState() {
        system.add("Office", PrinterStatus.IDLE);
        system.add("Upstairs", PrinterStatus.STOPPED);
        system.add("Hall", PrinterStatus.BUSY);

        assertEquals(List.of(new PrinterEntry("Office", PrinterStatus.IDLE, true),
                new PrinterEntry("Upstairs", PrinterStatus.STOPPED, false),
                new PrinterEntry("Hall", PrinterStatus.BUSY, false)), system.printing().printers());
    }

    @Test
    void withoutLprNothingIsSentAndItSaysWhy() {
        FakePrintService office = system.add("Office", PrinterStatus.IDLE);
        system.missingCommand = Optional.of("lpr");

        PrintReport report = system.printing().print(PrintFixture.pdf("en", Paper.A4), new PrintOrder("Office", 1, Paper.A4, JOB));

        assertEquals(Result.NO_PRINT_COMMAND, report.result());
        assertEquals("lpr", report.detail());
        assertTrue(office.received.isEmpty());
    }

    @Test
    void noPrintersAMissingOneAndAStoppedOneAreToldApart() {
        byte[] pdf = PrintFixture.pdf("en", Paper.A4);
        assertEquals(Result.NO_PRINTERS, system.printing().print(pdf, new PrintOrder("Office", 1, Paper.A4, JOB)).result());

        FakePrintService office = system.add("Office", PrinterStatus.STOPPED);
        assertEquals(Result.PRINTER_MISSING, system.printing().print(pdf, new PrintOrder("Gone", 1, Paper.A4, JOB)).result());
        PrintReport stopped = system.printing().print(pdf, new PrintOrder("Office", 1, Paper.A4, JOB));
        assertEquals(Result.PRINTER_STOPPED, stopped.result());
        assertEquals("Office", stopped.printer());
        assertTrue(office.received.isEmpty());
    }

    @Test
    void aRefusedOrFailedJobIsNotReportedAsSent() {
        FakePrintService office = system.add("Office", PrinterStatus.IDLE);
        byte[] pdf = PrintFixture.pdf("en", Paper.A4);
        PrintOrder order = new PrintOrder("Office", 1, Paper.A4, JOB);

        office.behaviour = FakePrintService.Behaviour.THROW;
        PrintReport thrown = system.printing().print(pdf, order);
        assertEquals(Result.NOT_TAKEN, thrown.result());
        assertTrue(thrown.detail().contains("does not exist"), thrown.detail());

        office.behaviour = FakePrintService.Behaviour.FAIL_EVENT;
        assertEquals(Result.NOT_TAKEN, system.printing().print(pdf, order).result());

        office.behaviour = FakePrintService.Behaviour.SAY_NOTHING;
        system.hasQueues = false;
        assertEquals(Result.NOT_TAKEN, system.printing().print(pdf, order).result(), "no word from Java, no queue");
    }

    @Test
    void aJobJavaHandedOnButTheQueueNeverShowsIsNotSent() {
        system.add("Office", PrinterStatus.IDLE);
        system.queueShowsJobs = false;

        PrintReport report = system.printing().print(PrintFixture.pdf("en", Paper.A4), new PrintOrder("Office", 1, Paper.A4, JOB));

        assertEquals(Result.NOT_TAKEN, report.result());
        assertTrue(report.detail().contains("no new job"), report.detail());
    }

    @Test
    void printToFileFromTheSystemDialogNeedsNoQueue() {
        FakePrintService office = system.add("Office", PrinterStatus.IDLE);
        system.queueShowsJobs = false;
        java.nio.file.Path file = java.nio.file.Path.of("/tmp/sheet.pdf").toAbsolutePath();
        List<javax.print.attribute.PrintRequestAttribute> extras = List.of(new Destination(file.toUri()));

        PrintReport report = system.printing().print(PrintFixture.pdf("en", Paper.A4),
                new PrintOrder("Office", 1, Paper.A4, JOB, extras));

        assertTrue(report.sent(), report::toString);
        assertEquals(file.toString(), report.printer());
        assertEquals(new Destination(file.toUri()), office.received.get(0).attributes().get(Destination.class));
    }

    @Test
    void withoutCupsJavasWordIsEnough() {
        system.add("Office", PrinterStatus.UNKNOWN);
        system.hasQueues = false;

        assertTrue(system.printing().print(PrintFixture.pdf("en", Paper.A4), new PrintOrder("Office", 1, Paper.A4, JOB)).sent());
    }
}
