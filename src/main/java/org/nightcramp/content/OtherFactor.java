package org.nightcramp.content;

/** A recognised contributor beyond the five causes, such as late pregnancy or some medicines. */
public record OtherFactor(String id, String title, String text) {
}
