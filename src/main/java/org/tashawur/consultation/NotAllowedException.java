package org.tashawur.consultation;

import org.tashawur.base.UserFacingException;

/** The caller may not do this now: the message key says why (phase or role). Nothing was written. */
public class NotAllowedException extends UserFacingException {

    public NotAllowedException(String messageKey) {
        super(messageKey);
    }
}
