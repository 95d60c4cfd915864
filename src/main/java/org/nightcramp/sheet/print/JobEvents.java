package org.nightcramp.sheet.print;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.print.event.PrintJobAdapter;
import javax.print.event.PrintJobEvent;

/**
 * Listens to a print job until the print system has said how it went. Data transferred,
 * completed or no more events mean the system took the job; failed or cancelled mean it did not.
 */
final class JobEvents extends PrintJobAdapter {

    private static final System.Logger LOG = System.getLogger(JobEvents.class.getName());

    private final CountDownLatch settled = new CountDownLatch(1);
    private volatile boolean taken;
    private volatile String refused;

    @Override
    public void printDataTransferCompleted(PrintJobEvent event) {
        taken = true;
        settled.countDown();
    }

    @Override
    public void printJobCompleted(PrintJobEvent event) {
        taken = true;
        settled.countDown();
    }

    @Override
    public void printJobNoMoreEvents(PrintJobEvent event) {
        settled.countDown();
    }

    @Override
    public void printJobFailed(PrintJobEvent event) {
        refused = "the print system reported the job failed";
        settled.countDown();
    }

    @Override
    public void printJobCanceled(PrintJobEvent event) {
        refused = "the print system cancelled the job";
        settled.countDown();
    }

    @Override
    public void printJobRequiresAttention(PrintJobEvent event) {
        LOG.log(System.Logger.Level.INFO, "The printer needs attention (paper, toner or a jam)");
    }

    /** Empty once the job was taken; otherwise why not. Waits up to {@code patience} for word. */
    Optional<String> outcome(Duration patience) throws InterruptedException {
        if (!settled.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            return taken && refused == null ? Optional.empty()
                    : Optional.of("the print system said nothing about the job in " + patience.toSeconds() + " s");
        }
        if (refused != null) {
            return Optional.of(refused);
        }
        return taken ? Optional.empty() : Optional.of("the print system ended the job without taking it");
    }
}
