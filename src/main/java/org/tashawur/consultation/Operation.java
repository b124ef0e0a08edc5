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
    READ_AUDIT
}
