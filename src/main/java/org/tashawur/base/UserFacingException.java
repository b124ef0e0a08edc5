package org.tashawur.base;

/**
 * A refusal the user should read: the message is a translation key the screen shows. Nothing was
 * written when one is thrown.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    public UserFacingException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The values the message names (a limit, a count), in its order. */
    public Object[] args() {
        return args.clone();
    }
}
