package org.tashawur.workspace;

import org.jspecify.annotations.Nullable;

/** What became of one field edit. */
public sealed interface SaveOutcome {

    /** Stored (or already equal to what was stored); {@code item} is the item as now stored. */
    record Saved(ItemSummary item) implements SaveOutcome {
    }

    /**
     * Refused because the field changed since the editor read it: {@code stored} is the value
     * now in the database, {@code mine} the value the editor tried to write. Nothing was written.
     */
    record Conflict(ItemField field, String stored, String mine, ItemSummary item)
            implements SaveOutcome {
    }

    /** Refused because the item was deleted meanwhile; {@code deletedBy} names who deleted it. */
    record Deleted(@Nullable String deletedBy) implements SaveOutcome {
    }
}
