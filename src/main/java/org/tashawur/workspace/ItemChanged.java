package org.tashawur.workspace;

import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction that changed an item; announced to other screens only once
 * that transaction has committed (see {@link ItemChangeAnnouncer}).
 */
record ItemChanged(long meetingId, long itemId, long version, Change change, ItemKind kind,
        @Nullable ItemSummary item, String actorName) {

    enum Change { CREATED, UPDATED, DELETED }
}
