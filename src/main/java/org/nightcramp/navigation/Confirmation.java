package org.nightcramp.navigation;

/**
 * A question that needs a deliberate yes; keeping things as they are is the default for Enter and Esc.
 *
 * @param id          the dialog's id; its buttons are {@code id + "Confirm"} and {@code id + "Keep"}
 * @param dangerous   whether confirming forgets something the person saved
 */
public record Confirmation(String id, String title, String header, String message, String confirm, String keep,
                           boolean dangerous) {
}
