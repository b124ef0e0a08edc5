package org.tashawur.base;

/**
 * Input a user can correct: the message is a translation key that the screen shows next to the
 * field or in a notification. Nothing was written when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final String messageKey;

    public InvalidInputException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
