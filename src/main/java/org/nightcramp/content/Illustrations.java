package org.nightcramp.content;

import java.util.List;
import org.nightcramp.content.illustration.IllustrationException;
import org.nightcramp.content.illustration.SvgIllustrationParser;

/** How content checks treat illustrations: fully parsed, or only found and sized. */
final class Illustrations {

    /** Presence and size only: for start-up, where drawings are parsed later, when shown. */
    static final ReferenceChecker.IllustrationCheck PRESENCE_ONLY = new ReferenceChecker.IllustrationCheck() {
        @Override
        public List<ContentProblem> check(String relativeFile, byte[] data) {
            return List.of();
        }

        @Override
        public long maxBytes() {
            return SvgIllustrationParser.MAX_BYTES;
        }
    };

    /** Parses each drawing under the safe SVG subset, as {@code --check-content} does. */
    static final ReferenceChecker.IllustrationCheck PARSE = new ReferenceChecker.IllustrationCheck() {
        @Override
        public List<ContentProblem> check(String relativeFile, byte[] data) {
            try {
                new SvgIllustrationParser().parse(relativeFile, data);
                return List.of();
            } catch (IllustrationException e) {
                return List.of(e.toProblem(relativeFile));
            }
        }

        @Override
        public long maxBytes() {
            return SvgIllustrationParser.MAX_BYTES;
        }

        @Override
        public boolean parsesFonts() {
            return true;
        }
    };

    private Illustrations() {
    }
}
