package org.tashawur.account;

/** What an account may do; each is a Spring Security role of the same name (see MeetingAccess.Roles). */
public enum Role {
    ADMIN,
    FACILITATOR,
    REVIEWER;

    public String messageKey() {
        return "role." + name();
    }
}
