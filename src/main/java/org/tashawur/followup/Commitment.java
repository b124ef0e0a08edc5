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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.InvalidInputException;
import org.tashawur.base.Texts;

/** What was committed to after a retained proposal: who, with whom, by when, how far. */
@Entity
@Table(name = "commitment")
class Commitment {

    static final int RESPONSIBLE_MAX = 200;
    static final int PARTNERS_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(nullable = false, length = RESPONSIBLE_MAX)
    private String responsible = "";

    @Column(nullable = false, length = PARTNERS_MAX)
    private String partners = "";

    @Column(name = "due_on")
    private @Nullable LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommitmentStatus status = CommitmentStatus.PLANNED;

    @Column(nullable = false)
    private int progress;

    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @jakarta.persistence.Transient
    private @Nullable List<FieldChange> created;

    protected Commitment() {
    }

    Commitment(long itemId, long meetingId, CommitmentDraft draft, Instant now) {
        this.itemId = itemId;
        this.meetingId = meetingId;
        this.createdAt = now;
        this.created = apply(draft, now);
        this.version = 1;
    }

    /** The values the commitment was created with, as changes from nothing. */
    List<FieldChange> createdChanges() {
        return created == null ? List.of() : created;
    }

    /**
     * Sets the reviewer's values and says what changed, in the order of the form. A done
     * commitment is at 100 %.
     *
     * @throws InvalidInputException for a missing responsible body or a progress outside 0..100
     */
    List<FieldChange> apply(CommitmentDraft draft, Instant now) {
        String newResponsible = Texts.required(draft.responsible(), RESPONSIBLE_MAX, "responsible").strip();
        String newPartners = Texts.optional(draft.partners(), PARTNERS_MAX, "partners").strip();
        if (draft.progress() < 0 || draft.progress() > 100) {
            throw new InvalidInputException("validation.progress");
        }
        int newProgress = draft.status() == CommitmentStatus.DONE ? 100 : draft.progress();
        List<FieldChange> changed = new ArrayList<>();
        boolean created = version == 0;
        if (!newResponsible.equals(responsible)) {
            changed.add(new FieldChange("responsible", created ? "" : responsible, newResponsible));
        }
        if (!newPartners.equals(partners)) {
            changed.add(new FieldChange("partners", created ? "" : partners, newPartners));
        }
        if (!Objects.equals(draft.dueOn(), dueOn)) {
            changed.add(new FieldChange("dueOn", dueOn == null ? "" : dueOn.toString(),
                    draft.dueOn() == null ? "" : draft.dueOn().toString()));
        }
        if (draft.status() != status || created) {
            changed.add(new FieldChange("status", created ? "" : status.name(), draft.status().name()));
        }
        if (newProgress != progress) {
            changed.add(new FieldChange("progress", Integer.toString(progress), Integer.toString(newProgress)));
        }
        responsible = newResponsible;
        partners = newPartners;
        dueOn = draft.dueOn();
        status = draft.status();
        progress = newProgress;
        updatedAt = now;
        return changed;
    }

    long bump() {
        return ++version;
    }

    long getId() {
        return Objects.requireNonNull(id, "commitment not saved yet");
    }

    long getItemId() {
        return itemId;
    }

    long getMeetingId() {
        return meetingId;
    }

    long getVersion() {
        return version;
    }

    CommitmentStatus getStatus() {
        return status;
    }

    int getProgress() {
        return progress;
    }

    CommitmentInfo toInfo() {
        return new CommitmentInfo(getId(), itemId, meetingId, responsible, partners, dueOn, status, progress, version,
                createdAt, updatedAt);
    }
}
