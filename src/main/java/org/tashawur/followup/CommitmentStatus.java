package org.tashawur.followup;

/** Where a commitment stands. A dropped one leaves the roll-ups; a done one counts as 100 %. */
public enum CommitmentStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    BLOCKED,
    DROPPED;

    public String messageKey() {
        return "commitment.status." + name();
    }
}
