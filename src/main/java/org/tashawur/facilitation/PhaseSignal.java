package org.tashawur.facilitation;

/** A meeting's new phase, announced to every screen once committed. */
public record PhaseSignal(String phase) {

    public static final String CHANNEL = "phase";
    public static final String KEY = "phase";
}
