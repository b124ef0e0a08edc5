package org.tashawur.base;

import java.util.Locale;

/** A text held in the three languages of the application; Arabic is the fallback. */
public record LocalizedText(String ar, String fr, String en) {

    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> fr;
            case "en" -> en;
            default -> ar;
        };
    }
}
