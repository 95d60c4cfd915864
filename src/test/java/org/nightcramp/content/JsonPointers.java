package org.nightcramp.content;

/** Turns the JSON pointers tests edit with into the JSON paths problems are reported at. */
final class JsonPointers {

    private JsonPointers() {
    }

    /** {@code /routines/0/steps/2} becomes {@code $.routines[0].steps[2]}. */
    static String toPath(String pointer) {
        StringBuilder path = new StringBuilder("$");
        for (String part : pointer.substring(1).split("/")) {
            path.append(part.chars().allMatch(Character::isDigit) ? "[" + part + "]" : "." + part);
        }
        return path.toString();
    }
}
