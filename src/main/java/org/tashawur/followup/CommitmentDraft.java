package org.tashawur.followup;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a reviewer sets on a commitment; checked by {@link Commitment}. */
public record CommitmentDraft(String responsible, String partners, @Nullable LocalDate dueOn,
        CommitmentStatus status, int progress) {

    public static final int RESPONSIBLE_MAX = Commitment.RESPONSIBLE_MAX;
    public static final int PARTNERS_MAX = Commitment.PARTNERS_MAX;
    public static final int NOTE_MAX = CommitmentUpdate.NOTE_MAX;
}
