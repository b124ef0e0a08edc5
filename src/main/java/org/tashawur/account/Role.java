package org.tashawur.account;

/** What an account may do; each is a Spring Security role of the same name. */
public enum Role {
    ADMIN,
    FACILITATOR,
    REVIEWER;

    public static final String ADMIN_ROLE = "ADMIN";
    public static final String FACILITATOR_ROLE = "FACILITATOR";
    public static final String REVIEWER_ROLE = "REVIEWER";

    public String messageKey() {
        return "role." + name();
    }
}
