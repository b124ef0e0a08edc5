package org.tashawur.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.Texts;
import org.tashawur.participant.ParticipantRef;

/** A participant's comment on an item. */
@Entity
@Table(name = "item_comment")
class ItemComment {

    static final int BODY_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(name = "author_name", nullable = false)
    private String authorName = "";

    @Column(nullable = false, length = BODY_MAX)
    private String body = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ItemComment() {
    }

    ItemComment(long itemId, ParticipantRef author, String body, Instant now) {
        this.itemId = itemId;
        this.participantId = author.id();
        this.authorName = author.displayName();
        this.body = Texts.required(body, BODY_MAX, "comment");
        this.createdAt = now;
    }

    CommentInfo toInfo() {
        return new CommentInfo(authorName, body, createdAt);
    }
}
