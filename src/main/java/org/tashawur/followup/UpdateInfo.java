package org.tashawur.followup;

import java.time.Instant;
import java.util.List;

/**
 * An entry of a commitment's timeline: who, when, the note, status and progress after it, the
 * fields changed and their values before and after.
 */
public record UpdateInfo(String author, Instant at, String note, CommitmentStatus status, int progress,
        List<String> changedFields, List<FieldChange> changes) {
}
