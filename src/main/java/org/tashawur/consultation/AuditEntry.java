package org.tashawur.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One facilitator action on a meeting, as it happened. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    private static final int VALUE_MAX = 4000;
    private static final int TARGET_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(nullable = false, length = 80)
    private String actor = "";

    @Column(nullable = false, length = 40)
    private String action = "";

    @Column(nullable = false, length = TARGET_MAX)
    private String target = "";

    @Column(name = "before_value", length = VALUE_MAX)
    private @Nullable String beforeValue;

    @Column(name = "after_value", length = VALUE_MAX)
    private @Nullable String afterValue;

    @Column(nullable = false)
    private Instant at = Instant.EPOCH;

    protected AuditEntry() {
    }

    AuditEntry(long meetingId, String actor, String action, String target, @Nullable String before,
            @Nullable String after, Instant at) {
        this.meetingId = meetingId;
        this.actor = actor;
        this.action = action;
        this.target = cut(target, TARGET_MAX);
        this.beforeValue = before == null ? null : cut(before, VALUE_MAX);
        this.afterValue = after == null ? null : cut(after, VALUE_MAX);
        this.at = at;
    }

    AuditInfo toInfo() {
        return new AuditInfo(actor, action, target, beforeValue, afterValue, at);
    }

    private static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
