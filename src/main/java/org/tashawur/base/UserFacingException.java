package org.tashawur.base;

/**
 * A refusal the user should read: the message is a translation key the screen shows. Nothing was
 * written when one is thrown.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;

    public UserFacingException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
