package org.nightcramp.content;

/** A published source the guide rests on; {@code url} is shown, never fetched. */
public record Source(String id, String citation, String url) {
}
