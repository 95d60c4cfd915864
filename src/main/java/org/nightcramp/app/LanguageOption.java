package org.nightcramp.app;

/** An entry in the language menu: the content folder's tag and the language's own name. */
public record LanguageOption(String tag, String name) {

    @Override
    public String toString() {
        return name;
    }
}
