package org.tashawur.consultation;

/**
 * The facilitator's countdown for the current phase, as it stands at one instant: running (and
 * how long is left), paused (and what is left), or not set. It only informs; nothing closes when
 * it reaches zero, the facilitator decides.
 */
public record PhaseTimer(State state, long remainingMs) {

    public static final PhaseTimer NONE = new PhaseTimer(State.NONE, 0);

    public enum State { NONE, RUNNING, PAUSED }

    public boolean isSet() {
        return state != State.NONE;
    }
}
