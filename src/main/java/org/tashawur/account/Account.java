package org.tashawur.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.InvalidInputException;
import org.tashawur.base.Texts;

/** Someone who signs in: a facilitator, a reviewer or an administrator. */
@Entity
@Table(name = "account")
class Account {

    static final int USERNAME_MAX = 60;
    static final int NAME_MAX = 80;
    static final int PASSWORD_MIN = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = USERNAME_MAX)
    private String username = "";

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash = "";

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role = Role.REVIEWER;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(nullable = false)
    private boolean enabled = true;

    protected Account() {
    }

    Account(String username, String passwordHash, String displayName, Role role, Instant now) {
        String name = Texts.required(username, USERNAME_MAX, "username").strip();
        if (!name.matches("[\\p{L}\\p{N}._@-]+")) {
            throw new InvalidInputException("validation.username.characters");
        }
        this.username = name;
        this.passwordHash = passwordHash;
        this.displayName = Texts.required(displayName, NAME_MAX, "name");
        this.role = role;
        this.createdAt = now;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getDisplayName() {
        return displayName;
    }

    Role getRole() {
        return role;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    AccountInfo toInfo() {
        return new AccountInfo(username, displayName, role, enabled, createdAt);
    }
}
