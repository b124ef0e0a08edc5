package org.tashawur.workspace;

/** Where an item stands in moderation. */
public enum ItemStatus {
    /** On everyone's list. */
    PUBLISHED,
    /** Added under pre-moderation: its author and the facilitators see it until it is approved. */
    PENDING,
    /** Hidden by a facilitator with a reason: its author and the facilitators still see it. */
    HIDDEN,
    /** Merged into another item, which shows it among its originals. */
    MERGED;

    /** Whether a viewer sees an item in this state on the meeting's list. */
    public boolean visibleTo(boolean staff, boolean author) {
        return this == PUBLISHED || (this == PENDING || this == HIDDEN) && (staff || author);
    }

    public String messageKey() {
        return "status." + name();
    }
}
