package org.tashawur.consultation;

/** The caller may not do this now: the message key says why (phase or role). Nothing was written. */
public class NotAllowedException extends RuntimeException {

    private final String messageKey;

    public NotAllowedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
