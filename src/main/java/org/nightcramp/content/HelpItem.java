package org.nightcramp.content;

/** One warning sign or reason to see a professional. */
public record HelpItem(String id, String text) {
}
