package org.tashawur.base.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Reduces a text to the form two people would agree is "the same words": Arabic without
 * diacritics or tatweel, with the hamza forms of alef, ta marbuta and alef maqsura folded;
 * French and English without accents or case; digits in one script; punctuation as space.
 */
public final class TextKey {

    private TextKey() {
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = fold(decomposed.charAt(i));
            if (c == 0) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString().toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
    }

    /** One character folded, or 0 when it is dropped. */
    private static char fold(char c) {
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
            return 0; // Arabic diacritics (harakat, shadda, sukun), superscript alef, tatweel
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0; // Latin accents after NFKD
        }
        return switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627'; // آ أ إ ٱ -> ا
            case '\u0629' -> '\u0647';                                 // ة -> ه
            case '\u0649' -> '\u064A';                                 // ى -> ي
            case '\u0624' -> '\u0648';                                 // ؤ -> و
            case '\u0626' -> '\u064A';                                 // ئ -> ي
            default -> {
                if (c >= '\u0660' && c <= '\u0669') {
                    yield (char) ('0' + (c - '\u0660')); // Arabic-Indic digits
                }
                yield c;
            }
        };
    }
}
