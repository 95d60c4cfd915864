package org.nightcramp.content.illustration;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A colour as 8-bit red, green and blue with an opacity from 0 to 1. */
public record Rgb(int red, int green, int blue, double opacity) {

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6})");
    private static final Pattern RGBA = Pattern.compile(
            "rgba\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*([0-9]*\\.?[0-9]+)\\s*\\)");

    public Rgb {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255
                || !(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("Not a colour: " + red + ", " + green + ", " + blue + ", " + opacity);
        }
    }

    /** Reads {@code #rrggbb} or {@code rgba(r, g, b, a)}, the two forms the app's CSS uses. */
    public static Rgb parse(String css) {
        String text = css.strip();
        Matcher hex = HEX.matcher(text);
        if (hex.matches()) {
            int v = Integer.parseInt(hex.group(1), 16);
            return new Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff, 1);
        }
        Matcher rgba = RGBA.matcher(text);
        if (rgba.matches()) {
            return new Rgb(Integer.parseInt(rgba.group(1)), Integer.parseInt(rgba.group(2)),
                    Integer.parseInt(rgba.group(3)), Double.parseDouble(rgba.group(4)));
        }
        throw new IllegalArgumentException("Expected #rrggbb or rgba(r, g, b, a): " + css);
    }
}
