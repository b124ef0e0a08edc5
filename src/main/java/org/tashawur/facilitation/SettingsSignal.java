package org.tashawur.facilitation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.tashawur.consultation.MeetingSettings;
import org.tashawur.consultation.PhaseTimer;

/**
 * A meeting's settings after a facilitator changed them, announced once committed. The timer
 * travels as what was left at {@code atMillis} (server clock), so a screen that hears it later,
 * or on a replay, still counts down to the same end.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettingsSignal(boolean premoderation, int dotBudget, String timerState, long timerRemainingMs,
        long atMillis) {

    public static final String CHANNEL = "settings";
    public static final String KEY = "settings";

    static SettingsSignal of(MeetingSettings settings, long nowMillis) {
        return new SettingsSignal(settings.premoderation(), settings.dotBudget(), settings.timer().state().name(),
                settings.timer().remainingMs(), nowMillis);
    }

    /** The timer as it stands at {@code nowMillis}. */
    @JsonIgnore
    public PhaseTimer timerAt(long nowMillis) {
        PhaseTimer.State state = PhaseTimer.State.valueOf(timerState);
        long left = state == PhaseTimer.State.RUNNING
                ? Math.max(0, timerRemainingMs - (nowMillis - atMillis)) : timerRemainingMs;
        return new PhaseTimer(state, left);
    }
}
