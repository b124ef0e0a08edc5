package org.tashawur.followup;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A commitment as screens and reports show it. */
public record CommitmentInfo(long id, long itemId, long meetingId, String responsible, String partners,
        @Nullable LocalDate dueOn, CommitmentStatus status, int progress, long version, Instant createdAt,
        Instant updatedAt) {

    public CommitmentDraft draft() {
        return new CommitmentDraft(responsible, partners, dueOn, status, progress);
    }
}
