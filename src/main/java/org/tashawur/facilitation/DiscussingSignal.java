package org.tashawur.facilitation;

/** The item now up for discussion (0 for none), announced to every screen once committed. */
public record DiscussingSignal(long itemId) {

    public static final String CHANNEL = "discussing";
    public static final String KEY = "discussing";
}
