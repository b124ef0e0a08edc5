package org.tashawur.base;

import org.jspecify.annotations.Nullable;

/** Checks on user text shared by the entities: required or not, and within a limit. */
public final class Texts {

    private Texts() {
    }

    /**
     * Returns the text exactly as given, refusing it when blank or longer than {@code max}
     * characters (counted as Unicode code points, as MariaDB counts them). The text is not trimmed:
     * it is stored byte for byte as the user typed it.
     */
    public static String required(@Nullable String text, int max, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("validation." + field + ".required");
        }
        return withinLimit(text, max, field);
    }

    /** Returns the text (empty when null) after checking its length; inner text is kept as is. */
    public static String optional(@Nullable String text, int max, String field) {
        return withinLimit(text == null ? "" : text, max, field);
    }

    private static String withinLimit(String text, int max, String field) {
        if (text.codePointCount(0, text.length()) > max) {
            throw new InvalidInputException("validation." + field + ".tooLong");
        }
        return text;
    }
}
