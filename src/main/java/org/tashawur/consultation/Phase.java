package org.tashawur.consultation;

/** The phases of a consultative meeting, in the order the facilitator runs them. */
public enum Phase {
    PREPARATION,
    COLLECTING,
    DISCUSSION,
    PRIORITISATION,
    CLOSED;

    public String messageKey() {
        return "phase." + name();
    }
}
