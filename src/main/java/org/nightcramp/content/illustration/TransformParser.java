package org.nightcramp.content.illustration;

import java.util.ArrayList;
import java.util.List;

/** Reads the spec's subset of SVG transform lists: translate, rotate, scale and matrix. */
final class TransformParser {

    private TransformParser() {
    }

    static Affine parse(String text) {
        NumberScanner in = new NumberScanner(text, IllustrationCode.TRANSFORM_SYNTAX);
        List<Affine> items = new ArrayList<>();
        in.skipWhitespace();
        while (!in.atEnd()) {
            items.add(item(in));
            if (in.skipSeparator() && in.atEnd()) {
                throw in.error();
            }
        }
        // In a list the rightmost transform applies to the drawing first.
        Affine result = Affine.IDENTITY;
        for (Affine item : items) {
            result = item.then(result);
        }
        return result;
    }

    private static Affine item(NumberScanner in) {
        int nameStart = in.position();
        while (Character.isLetter(in.peek())) {
            in.advance();
        }
        String name = in.text().substring(nameStart, in.position());
        if (!List.of("translate", "rotate", "scale", "matrix").contains(name)) {
            throw new IllustrationSyntaxException(IllustrationCode.TRANSFORM_NOT_ALLOWED, nameStart, in.text());
        }
        in.skipWhitespace();
        if (in.peek() != '(') {
            throw in.error();
        }
        in.advance();
        in.skipWhitespace();
        List<Double> args = new ArrayList<>();
        while (in.peek() != ')') {
            if (!args.isEmpty() && in.skipSeparator() && !in.atNumber()) {
                throw in.error();
            }
            args.add(in.number());
            in.skipWhitespace();
        }
        in.advance();
        double[] v = args.stream().mapToDouble(Double::doubleValue).toArray();
        Affine affine = switch (name) {
            case "translate" -> v.length == 1 ? Affine.translate(v[0], 0)
                    : v.length == 2 ? Affine.translate(v[0], v[1]) : null;
            case "scale" -> v.length == 1 ? Affine.scale(v[0], v[0])
                    : v.length == 2 ? Affine.scale(v[0], v[1]) : null;
            case "rotate" -> v.length == 1 ? Affine.rotate(v[0])
                    : v.length == 3 ? Affine.rotate(v[0], v[1], v[2]) : null;
            default -> v.length == 6 ? new Affine(v[0], v[1], v[2], v[3], v[4], v[5]) : null;
        };
        if (affine == null) {
            // The right name with the wrong number of values: point at the name.
            throw new IllustrationSyntaxException(IllustrationCode.TRANSFORM_SYNTAX, nameStart, in.text());
        }
        return affine;
    }
}
