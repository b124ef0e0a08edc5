package org.tashawur.workspace;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A revision as history screens read it; {@code field} is an {@link ItemField} name or DELETED. */
public record RevisionInfo(long itemId, long itemVersion, String field, @Nullable String oldValue,
        @Nullable String newValue, String actorName, Instant changedAt) {
}
