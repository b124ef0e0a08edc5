package org.tashawur.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The dots one participant put on one item (never zero: a vote taken back is deleted). */
@Entity
@Table(name = "dot_vote")
class DotVote {

    /** The most dots one participant may put on one item. */
    static final int MAX_PER_ITEM = 3;

    @EmbeddedId
    private ItemParticipantKey key = new ItemParticipantKey();

    @Column(nullable = false)
    private int dots;

    protected DotVote() {
    }

    DotVote(long itemId, long participantId, int dots) {
        this.key = new ItemParticipantKey(itemId, participantId);
        this.dots = dots;
    }

    int getDots() {
        return dots;
    }

    void setDots(int dots) {
        this.dots = dots;
    }
}
