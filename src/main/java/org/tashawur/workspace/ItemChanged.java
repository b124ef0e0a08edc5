package org.tashawur.workspace;

import org.jspecify.annotations.Nullable;
import org.tashawur.participant.ParticipantRef;

/**
 * Published inside the transaction that changed an item; announced to other screens only once
 * that transaction has committed (see {@link ItemChangeAnnouncer}).
 */
record ItemChanged(long meetingId, long itemId, long version, Change change, ItemKind kind,
        @Nullable ItemSummary item, String actorName, boolean countsChanged, @Nullable ItemField field) {

    /**
     * The item changed (or was created) by the participant; a deletion carries no item. Only an
     * addition or a deletion changes how many items each part of the list holds. An update made
     * this way writes none of the fields participants edit ({@link ItemField}): a support, a dot,
     * a comment, the answer; {@link #ofEdit} is the one for those fields.
     */
    static ItemChanged of(Item item, Change change, ParticipantRef actor) {
        return of(item, change, actor, change != Change.UPDATED, null);
    }

    /**
     * A field of the item was written, and screens are told which one (a screen filtered on it
     * reads its list again). Changing its kind moves it to the other part of the list, so the
     * counts change too.
     */
    static ItemChanged ofEdit(Item item, ItemField field, ParticipantRef actor) {
        return of(item, Change.UPDATED, actor, field == ItemField.KIND, field);
    }

    /**
     * An update after which the counts must be taken again: the item moved to the other part of
     * the list, or was reported (the facilitators' count of reported items).
     */
    static ItemChanged ofRecount(Item item, ParticipantRef actor) {
        return of(item, Change.UPDATED, actor, true, null);
    }

    /**
     * The item's moderation status changed (approved, hidden, shown again, merged or unmerged):
     * it appears on or leaves other screens, and the counts change.
     */
    static ItemChanged ofModeration(Item item, ParticipantRef actor) {
        return of(item, Change.MODERATED, actor, true, null);
    }

    private static ItemChanged of(Item item, Change change, ParticipantRef actor, boolean countsChanged,
            @Nullable ItemField field) {
        return new ItemChanged(item.getMeetingId(), item.getId(), item.getVersion(), change, item.getKind(),
                change == Change.DELETED ? null : item.toSummary(), actor.displayName(), countsChanged, field);
    }

    enum Change { CREATED, UPDATED, DELETED, MODERATED }
}
