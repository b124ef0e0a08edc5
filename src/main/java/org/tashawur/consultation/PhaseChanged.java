package org.tashawur.consultation;

/** Published in the transaction that moved a meeting to another phase. */
public record PhaseChanged(long meetingId, Phase phase) {
}
