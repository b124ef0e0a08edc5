package org.tashawur.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tashawur.base.Texts;

/** One participant's report of one item to the facilitators. */
@Entity
@Table(name = "item_report")
class ItemReport {

    static final int REASON_MAX = 500;

    @EmbeddedId
    private ItemParticipantKey key = new ItemParticipantKey();

    @Column(nullable = false, length = REASON_MAX)
    private String reason = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ItemReport() {
    }

    ItemReport(long itemId, long participantId, String reason, Instant now) {
        this.key = new ItemParticipantKey(itemId, participantId);
        this.reason = Texts.optional(reason, REASON_MAX, "reportReason");
        this.createdAt = now;
    }

    String getReason() {
        return reason;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getParticipantId() {
        return key.participantId();
    }
}
