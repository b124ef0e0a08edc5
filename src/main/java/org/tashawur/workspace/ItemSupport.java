package org.tashawur.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One participant's support for one item. */
@Entity
@Table(name = "item_support")
class ItemSupport {

    @EmbeddedId
    private ItemParticipantKey key = new ItemParticipantKey();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ItemSupport() {
    }

    ItemSupport(long itemId, long participantId, Instant now) {
        this.key = new ItemParticipantKey(itemId, participantId);
        this.createdAt = now;
    }
}
