package org.nightcramp.content;

import java.util.List;

/** Joins sentences the way each script expects: a space after Latin text, none after Chinese. */
public final class SafetyText {

    /** Full-width sentence ends, after which Chinese and Japanese text runs on without a space. */
    private static final String FULL_WIDTH_ENDS = "。！？；：」』）";

    private SafetyText() {
    }

    /** The text, then each line, separated as the script of the text before it expects. */
    public static String join(String text, List<String> lines) {
        StringBuilder sb = new StringBuilder(text);
        for (String line : lines) {
            if (sb.length() > 0 && FULL_WIDTH_ENDS.indexOf(sb.charAt(sb.length() - 1)) < 0) {
                sb.append(' ');
            }
            sb.append(line);
        }
        return sb.toString();
    }
}
