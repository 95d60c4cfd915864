package org.nightcramp.assessment;

/**
 * After a Yes to a sign of a possible clot, self-help guidance waits until the person has seen
 * when and how to get medical help. Kept here, once, so the routine and any other guide follow the
 * same rule: a gate that closes on such a Yes and opens only when Get help has been shown.
 */
public final class HelpFirstGate {

    private boolean closed;

    /** Records an answer's urgency; a help-first one closes the gate until help is seen. */
    public void found(Urgency urgency) {
        if (urgency.helpFirst()) {
            closed = true;
        }
    }

    /** The person has been shown Get help: guidance may go on, if they choose. */
    public void helpSeen() {
        closed = false;
    }

    /** True while guidance must wait for Get help to be seen. */
    public boolean guidanceHeld() {
        return closed;
    }

    /** Forgets a held state, as when the routine is stopped or started afresh. */
    public void reset() {
        closed = false;
    }
}
