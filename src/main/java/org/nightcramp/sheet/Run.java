package org.nightcramp.sheet;

/**
 * A piece of a line drawn in one font: the sheet falls back from font to font per character,
 * so Chinese and Latin text each get a font that has them.
 *
 * @param x     where it starts, from the line's start, in points
 * @param width its advance, in points
 */
public record Run(String text, FontFace face, double x, double width) {
}
