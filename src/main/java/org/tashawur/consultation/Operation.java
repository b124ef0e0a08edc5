package org.tashawur.consultation;

/** Everything a service lets a caller do on a meeting; each has a rule in {@link MeetingAccess}. */
public enum Operation {
    ADD_ITEM,
    EDIT_ITEM,
    DELETE_ITEM,
    CHANGE_PHASE,
    HIGHLIGHT_ITEM,
    SUPPORT_ITEM,
    ANSWER_ITEM,
    VOTE,
    COMMENT,
    READ_AUDIT,
    /** Approve, hide and show again items; look at and dismiss reports. */
    MODERATE,
    MERGE_ITEMS,
    REPORT_ITEM,
    /** Pre-moderation, the dot budget and the phase timer. */
    RUN_MEETING,
    /** Download the meeting's report and exports. */
    READ_REPORTS,
    /** Create and update the commitments that follow retained proposals up. */
    FOLLOW_UP,
    /** Bring an item's field back to an earlier value (a new revision). */
    RESTORE_ITEM
}
