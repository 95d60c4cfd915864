package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * What the guide says about itself.
 *
 * @param locale        the BCP 47 tag of the folder the guide lives in, such as {@code zh-CN}
 * @param languageName  the language's own name for the language menu, such as "简体中文"
 * @param lastReviewed  ISO date (yyyy-mm-dd) the content was last checked against its sources
 * @param fonts         file names under {@code content/fonts/}, in fallback order, used for print
 *                      and for scripts the system may lack
 */
public record Meta(
        String locale,
        String languageName,
        String title,
        String subtitle,
        String contentVersion,
        String lastReviewed,
        String disclaimer,
        @JsonSetter(contentNulls = Nulls.FAIL) List<String> intro,
        @JsonSetter(contentNulls = Nulls.FAIL) List<String> fonts,
        @JsonSetter(contentNulls = Nulls.FAIL) List<Source> sources) {

    public Meta {
        intro = List.copyOf(intro);
        fonts = List.copyOf(fonts);
        sources = List.copyOf(sources);
    }
}
