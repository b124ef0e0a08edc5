package org.tashawur.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change to one field of an item: who, when, from what to what. Never updated. */
@Entity
@Table(name = "item_revision")
class ItemRevision {

    /** The pseudo-field of a revision that deletes the item. */
    static final String DELETED = "DELETED";
    /** The pseudo-fields of the official answer. */
    static final String ANSWER_STATUS = "ANSWER_STATUS";
    static final String ANSWER_TEXT = "ANSWER_TEXT";
    /** Moderation: the status before and after, the reason for hiding, a merge and its undoing. */
    static final String STATUS = "STATUS";
    static final String HIDDEN_REASON = "HIDDEN_REASON";
    static final String MERGE = "MERGE";
    static final String UNMERGE = "UNMERGE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "item_version", nullable = false)
    private long itemVersion;

    @Column(nullable = false, length = 20)
    private String field = "";

    @Column(name = "old_value")
    private @Nullable String oldValue;

    @Column(name = "new_value")
    private @Nullable String newValue;

    @Column(name = "actor_participant_id")
    private @Nullable Long actorParticipantId;

    @Column(name = "actor_name", nullable = false)
    private String actorName = "";

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    protected ItemRevision() {
    }

    ItemRevision(long itemId, long itemVersion, String field, @Nullable String oldValue,
            @Nullable String newValue, @Nullable Long actorParticipantId, String actorName,
            Instant changedAt) {
        this.itemId = itemId;
        this.itemVersion = itemVersion;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.actorParticipantId = actorParticipantId;
        this.actorName = actorName;
        this.changedAt = changedAt;
    }

    RevisionInfo toInfo() {
        return new RevisionInfo(java.util.Objects.requireNonNull(id), itemId, itemVersion, field, oldValue, newValue,
                actorName, changedAt);
    }
}
