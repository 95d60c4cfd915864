package org.nightcramp.content;

import java.util.List;

/** How content checks parse illustrations; the safe SVG parser plugs in here. */
final class Illustrations {

    /** Presence and size only: for start-up, where drawings are parsed later, when shown. */
    static final ReferenceChecker.IllustrationCheck PRESENCE_ONLY = new ReferenceChecker.IllustrationCheck() {
        @Override
        public List<ContentProblem> check(String relativeFile, byte[] data) {
            return List.of();
        }

        @Override
        public long maxBytes() {
            return 256 * 1024;
        }
    };

    /** Until the safe SVG parser is wired in, the full check is the presence check. */
    static final ReferenceChecker.IllustrationCheck CHECK = PRESENCE_ONLY;

    private Illustrations() {
    }
}
