package org.nightcramp.relief.speech;

/** Words spoken by a program of their own: over when it ends, cut short by ending it. */
final class ProcessUtterance implements Utterance {

    private final Process process;

    ProcessUtterance(Process process) {
        this.process = process;
        // The words go to the speech program's own sound output; nothing is ever written to it.
        try {
            process.getOutputStream().close();
        } catch (java.io.IOException e) {
            // Already closed by the program; nothing to do.
        }
    }

    @Override
    public boolean speaking() {
        return process.isAlive();
    }

    @Override
    public void cutShort() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }
}
