package org.tashawur.consultation;

/** How the facilitator runs a meeting right now: pre-moderation, the dot budget, the phase timer. */
public record MeetingSettings(long meetingId, boolean premoderation, int dotBudget, PhaseTimer timer) {
}
