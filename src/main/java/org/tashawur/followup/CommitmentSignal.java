package org.tashawur.followup;

/** A commitment of the meeting changed (created or updated), announced to every follow-up screen. */
public record CommitmentSignal(long commitmentId, long version) {

    public static final String CHANNEL = "commitments";
}
