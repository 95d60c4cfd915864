package org.nightcramp.sheet.print;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.ServiceUIFactory;
import javax.print.attribute.Attribute;
import javax.print.attribute.AttributeSet;
import javax.print.attribute.HashAttributeSet;
import javax.print.attribute.HashPrintJobAttributeSet;
import javax.print.attribute.HashPrintServiceAttributeSet;
import javax.print.attribute.PrintJobAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.PrintServiceAttribute;
import javax.print.attribute.PrintServiceAttributeSet;
import javax.print.attribute.standard.PrinterName;
import javax.print.event.PrintJobEvent;
import javax.print.event.PrintJobAttributeListener;
import javax.print.event.PrintJobListener;
import javax.print.event.PrintServiceAttributeListener;

/**
 * A javax.print service that keeps what it is sent: the document's bytes and the job's
 * attributes. It takes PDF unless told otherwise, and can refuse jobs in the ways real ones do.
 */
public final class FakePrintService implements PrintService {

    /** How the fake answers a job. */
    public enum Behaviour { TAKE, THROW, FAIL_EVENT, SAY_NOTHING }

    /** One job as the printer got it. */
    public record Received(byte[] data, PrintRequestAttributeSet attributes) {
    }

    private final String name;
    public final List<Received> received = new CopyOnWriteArrayList<>();
    final HashPrintServiceAttributeSet attributes = new HashPrintServiceAttributeSet();
    public boolean takesPdf = true;
    public Behaviour behaviour = Behaviour.TAKE;
    /** Called when a job is taken, as a queue would list it. */
    Runnable onTaken = () -> { };

    FakePrintService(String name) {
        this.name = name;
        attributes.add(new PrinterName(name, null));
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public DocPrintJob createPrintJob() {
        return new Job();
    }

    private final class Job implements DocPrintJob {
        private final List<PrintJobListener> listeners = new ArrayList<>();

        @Override
        public PrintService getPrintService() {
            return FakePrintService.this;
        }

        @Override
        public PrintJobAttributeSet getAttributes() {
            return new HashPrintJobAttributeSet();
        }

        @Override
        public void addPrintJobListener(PrintJobListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removePrintJobListener(PrintJobListener listener) {
            listeners.remove(listener);
        }

        @Override
        public void addPrintJobAttributeListener(PrintJobAttributeListener listener, PrintJobAttributeSet set) {
        }

        @Override
        public void removePrintJobAttributeListener(PrintJobAttributeListener listener) {
        }

        @Override
        public void print(Doc doc, PrintRequestAttributeSet set) throws PrintException {
            if (!doc.getDocFlavor().equals(DocFlavor.INPUT_STREAM.PDF) || !takesPdf) {
                throw new PrintException("flavor not supported: " + doc.getDocFlavor());
            }
            byte[] data;
            try (InputStream in = doc.getStreamForBytes()) {
                data = in.readAllBytes();
            } catch (IOException e) {
                throw new PrintException(e);
            }
            switch (behaviour) {
                case THROW -> throw new PrintException("lpr: The printer or class does not exist.");
                case FAIL_EVENT -> {
                    listeners.forEach(l -> l.printJobFailed(new PrintJobEvent(this, PrintJobEvent.JOB_FAILED)));
                    listeners.forEach(l -> l.printJobNoMoreEvents(new PrintJobEvent(this, PrintJobEvent.NO_MORE_EVENTS)));
                }
                case SAY_NOTHING -> { }
                case TAKE -> {
                    received.add(new Received(data, set));
                    onTaken.run();
                    listeners.forEach(l -> l.printDataTransferCompleted(
                            new PrintJobEvent(this, PrintJobEvent.DATA_TRANSFER_COMPLETE)));
                    listeners.forEach(l -> l.printJobNoMoreEvents(new PrintJobEvent(this, PrintJobEvent.NO_MORE_EVENTS)));
                }
            }
        }
    }

    @Override
    public void addPrintServiceAttributeListener(PrintServiceAttributeListener listener) {
    }

    @Override
    public void removePrintServiceAttributeListener(PrintServiceAttributeListener listener) {
    }

    @Override
    public PrintServiceAttributeSet getAttributes() {
        return attributes;
    }

    @Override
    public <T extends PrintServiceAttribute> T getAttribute(Class<T> category) {
        return category.cast(attributes.get(category));
    }

    @Override
    public DocFlavor[] getSupportedDocFlavors() {
        return takesPdf ? new DocFlavor[] {DocFlavor.INPUT_STREAM.PDF, DocFlavor.SERVICE_FORMATTED.PAGEABLE}
                : new DocFlavor[] {DocFlavor.SERVICE_FORMATTED.PAGEABLE};
    }

    @Override
    public boolean isDocFlavorSupported(DocFlavor flavor) {
        return List.of(getSupportedDocFlavors()).contains(flavor);
    }

    @Override
    public Class<?>[] getSupportedAttributeCategories() {
        return new Class<?>[0];
    }

    @Override
    public boolean isAttributeCategorySupported(Class<? extends Attribute> category) {
        return true;
    }

    @Override
    public Object getDefaultAttributeValue(Class<? extends Attribute> category) {
        return null;
    }

    @Override
    public Object getSupportedAttributeValues(Class<? extends Attribute> category, DocFlavor flavor,
                                              AttributeSet set) {
        return null;
    }

    @Override
    public boolean isAttributeValueSupported(Attribute attribute, DocFlavor flavor, AttributeSet set) {
        return true;
    }

    @Override
    public AttributeSet getUnsupportedAttributes(DocFlavor flavor, AttributeSet set) {
        return new HashAttributeSet();
    }

    @Override
    public ServiceUIFactory getServiceUIFactory() {
        return null;
    }

    @Override
    public String toString() {
        return "Fake printer " + name;
    }
}
