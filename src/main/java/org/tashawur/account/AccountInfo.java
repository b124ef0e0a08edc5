package org.tashawur.account;

import java.time.Instant;

/** An account as the administrators' screen lists it (never its password). */
public record AccountInfo(String username, String displayName, Role role, boolean enabled, Instant createdAt) {

    public static final int USERNAME_MAX = Account.USERNAME_MAX;
    public static final int NAME_MAX = Account.NAME_MAX;
    public static final int PASSWORD_MIN = Account.PASSWORD_MIN;
}
