package org.tashawur.workspace;

/** What waits for the facilitators in a meeting: items to approve, items reported. */
public record ModerationCounts(long pending, long reported) {
}
