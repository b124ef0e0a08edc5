package org.tashawur.followup;

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
import org.tashawur.base.Texts;

/** One dated, signed entry of a commitment's timeline: what was changed and a note. Never updated. */
@Entity
@Table(name = "commitment_update")
class CommitmentUpdate {

    static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "commitment_id", nullable = false)
    private long commitmentId;

    @Column(nullable = false, length = 80)
    private String author = "";

    @Column(nullable = false)
    private Instant at = Instant.EPOCH;

    @Column(nullable = false, length = NOTE_MAX)
    private String note = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommitmentStatus status = CommitmentStatus.PLANNED;

    @Column(nullable = false)
    private int progress;

    @Column(nullable = false, length = 2000)
    private String changes = "";

    /** The changes field by field, before and after, as JSON (written and read by the service). */
    @Column(nullable = false, length = 4000)
    private String details = "[]";

    protected CommitmentUpdate() {
    }

    CommitmentUpdate(long commitmentId, String author, Instant at, String note, CommitmentStatus status, int progress,
            String changes, String details) {
        this.details = details;
        this.commitmentId = commitmentId;
        this.author = author;
        this.at = at;
        this.note = Texts.optional(note, NOTE_MAX, "note");
        this.status = status;
        this.progress = progress;
        this.changes = changes;
    }

    UpdateInfo toInfo(java.util.List<FieldChange> fieldChanges) {
        return new UpdateInfo(author, at, note, status, progress, changes.isEmpty()
                ? java.util.List.of() : java.util.List.of(changes.split(",")), fieldChanges);
    }

    String getDetails() {
        return details;
    }
}
