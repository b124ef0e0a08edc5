package org.tashawur.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One participant's support for one item. */
@Entity
@Table(name = "item_support")
class ItemSupport {

    @EmbeddedId
    private Key key = new Key();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ItemSupport() {
    }

    ItemSupport(long itemId, long participantId, Instant now) {
        this.key = new Key(itemId, participantId);
        this.createdAt = now;
    }

    /** Item and participant: the primary key, so a second support cannot exist. */
    @Embeddable
    record Key(@Column(name = "item_id") long itemId, @Column(name = "participant_id") long participantId)
            implements Serializable {
        Key() {
            this(0, 0);
        }
    }
}
