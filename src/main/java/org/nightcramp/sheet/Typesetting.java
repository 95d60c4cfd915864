package org.nightcramp.sheet;

import org.nightcramp.content.Meta;

/** The body and heading fonts of one language. */
public record Typesetting(FontChain regular, FontChain bold) {

    public static Typesetting of(SheetFonts fonts, Meta meta) {
        return new Typesetting(fonts.regular(meta), fonts.bold(meta));
    }

    public FontChain chain(boolean heading) {
        return heading ? bold : regular;
    }
}
