package org.tashawur.workspace;

/** An existing item that reads like a text being typed; {@code score} from 0 to 1. */
public record SimilarItem(long id, ItemKind kind, String title, double score) {

    /** Below this, titles share words by chance rather than meaning (tuned on the demo texts). */
    public static final double THRESHOLD = 0.45;
    /** Too short a text is like everything: no hints before a few letters are typed. */
    static final int MIN_KEY_LENGTH = 6;
}
