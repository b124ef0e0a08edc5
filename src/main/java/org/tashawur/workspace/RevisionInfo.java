package org.tashawur.workspace;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A revision as history screens read it; {@code field} is an {@link ItemField} name or a
 * pseudo-field (DELETED, ANSWER_STATUS, ANSWER_TEXT, STATUS, HIDDEN_REASON, MERGE, UNMERGE).
 */
public record RevisionInfo(long id, long itemId, long itemVersion, String field, @Nullable String oldValue,
        @Nullable String newValue, String actorName, Instant changedAt) {

    /** Whether this revision set one of the item's own fields, which a facilitator can restore. */
    public boolean restorable() {
        return java.util.Arrays.stream(ItemField.values()).anyMatch(f -> f.name().equals(field)) && newValue != null;
    }
}
