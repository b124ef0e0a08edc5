package org.tashawur.base.text;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two short texts are, from 0 to 1: the Dice coefficient of their character trigrams
 * after {@link TextKey}. Trigrams make "المراكز الاجتماعية" and "مركز اجتماعي" close without a
 * stemmer, and survive small typing differences.
 */
public final class Similarity {

    private Similarity() {
    }

    public static double of(String a, String b) {
        Set<String> left = trigrams(TextKey.of(a));
        Set<String> right = trigrams(TextKey.of(b));
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String gram : left) {
            if (right.contains(gram)) {
                shared++;
            }
        }
        return 2.0 * shared / (left.size() + right.size());
    }

    /** A text's trigrams, computed once, for comparing it with many others. */
    public static Fingerprint fingerprint(String text) {
        return new Fingerprint(trigrams(TextKey.of(text)));
    }

    /** The trigrams of one text; {@link #similarity} equals {@link Similarity#of} on the texts. */
    public record Fingerprint(Set<String> grams) {

        public double similarity(Fingerprint other) {
            if (grams.isEmpty() || other.grams.isEmpty()) {
                return 0;
            }
            int shared = 0;
            for (String gram : grams) {
                if (other.grams.contains(gram)) {
                    shared++;
                }
            }
            return 2.0 * shared / (grams.size() + other.grams.size());
        }
    }

    /** The trigrams of each word, padded so that word starts and ends count. */
    static Set<String> trigrams(String key) {
        Set<String> grams = new HashSet<>();
        for (String word : key.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = " " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        return grams;
    }
}
