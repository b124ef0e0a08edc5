package org.tashawur.base;

/** Input a user can correct (blank, too long, unknown choice); shown next to the field or as a notice. */
public class InvalidInputException extends UserFacingException {

    public InvalidInputException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
