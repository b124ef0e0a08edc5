package org.tashawur.workspace;

import org.jspecify.annotations.Nullable;
import org.tashawur.participant.ParticipantRef;

/**
 * Published inside the transaction that changed an item; announced to other screens only once
 * that transaction has committed (see {@link ItemChangeAnnouncer}).
 */
record ItemChanged(long meetingId, long itemId, long version, Change change, ItemKind kind,
        @Nullable ItemSummary item, String actorName) {

    /** The item changed (or was created) by the participant; a deletion carries no item. */
    static ItemChanged of(Item item, Change change, ParticipantRef actor) {
        return new ItemChanged(item.getMeetingId(), item.getId(), item.getVersion(), change, item.getKind(),
                change == Change.DELETED ? null : item.toSummary(), actor.displayName());
    }

    enum Change { CREATED, UPDATED, DELETED }
}
