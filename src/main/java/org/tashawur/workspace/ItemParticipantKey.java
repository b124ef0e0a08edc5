package org.tashawur.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * One participant on one item: the primary key of a support and of a dot vote, so that a
 * participant can hold at most one of each per item.
 */
@Embeddable
record ItemParticipantKey(@Column(name = "item_id") long itemId, @Column(name = "participant_id") long participantId)
        implements Serializable {

    ItemParticipantKey() {
        this(0, 0);
    }
}
