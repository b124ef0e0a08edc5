package org.tashawur.workspace;

/** Where the official answer to a proposal stands. */
public enum AnswerStatus {
    NOT_ANSWERED,
    UNDER_STUDY,
    ACCEPTED,
    PARTLY_ACCEPTED,
    REJECTED;

    public String messageKey() {
        return "answer." + name();
    }
}
