package org.tashawur.workspace;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tashawur.consultation.StakeholderGroup;

/**
 * What other screens hear after an item's change has committed: the item as stored, so that no
 * screen has to query the database to show it. Only simple types, so it travels as JSON.
 *
 * @param change CREATED, UPDATED, DELETED or MODERATED
 * @param committedAt epoch milliseconds of the announcement, to tell replays from news
 * @param expectations the meeting's count of expectations after the change (counted once, by
 *     the announcer, so that no screen has to count), or -1 when the change cannot alter it
 * @param pending items awaiting approval after the change, counted the same way (or -1)
 * @param reported reported items after the change, counted the same way (or -1)
 * @param field the item field an edit wrote (an {@link ItemField} name), or "" when the change
 *     wrote none (created, deleted, moderated; a support, a dot, a comment, the answer)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemSignal(long itemId, long version, String change, String kind, long committedAt,
        String actorName, String title, String details, @Nullable Long themeId, long authorId,
        String authorName, String authorGroup, long createdAt, long updatedAt, long expectations,
        long proposals, int supports, String answerStatus, String answerText, int dots, int comments,
        String status, String hiddenReason, int reports, int merged, long pending, long reported,
        @Nullable String field) {

    /** In place of the counts, when the change could not alter them (an edit, a vote, a comment). */
    private static final long UNCOUNTED = -1;

    /** The meeting channel item signals travel on. */
    public static final String CHANNEL = "items";

    /** @param counts the counts after the change, or empty when the change cannot alter them */
    static ItemSignal of(ItemChanged changed, long committedAt, Map<ItemKind, Long> counts,
            @Nullable ModerationCounts queue) {
        long pending = queue == null ? UNCOUNTED : queue.pending();
        long reported = queue == null ? UNCOUNTED : queue.reported();
        long expectations = counts.isEmpty() ? UNCOUNTED : counts.getOrDefault(ItemKind.EXPECTATION, 0L);
        long proposals = counts.isEmpty() ? UNCOUNTED : counts.getOrDefault(ItemKind.PROPOSAL, 0L);
        ItemSummary item = changed.item();
        if (item == null) {
            return new ItemSignal(changed.itemId(), changed.version(), changed.change().name(),
                    changed.kind().name(), committedAt, changed.actorName(), "", "", null, 0, "",
                    StakeholderGroup.ASSOCIATIONS.name(), 0, 0, expectations, proposals, 0,
                    AnswerStatus.NOT_ANSWERED.name(), "", 0, 0, ItemStatus.PUBLISHED.name(), "", 0, 0, pending, reported, "");
        }
        return new ItemSignal(item.id(), item.version(), changed.change().name(), item.kind().name(),
                committedAt, changed.actorName(), item.title(), item.details(), item.themeId(),
                item.authorId(), item.authorName(), item.authorGroup().name(),
                item.createdAt().toEpochMilli(), item.updatedAt().toEpochMilli(), expectations, proposals,
                item.supports(), item.answerStatus().name(), item.answerText(), item.dots(), item.comments(),
                item.status().name(), item.hiddenReason(), item.reports(), item.merged(), pending, reported,
                changed.field() == null ? "" : changed.field().name());
    }

    /** How many live items each part of the list held right after this change committed. */
    @JsonIgnore
    public Optional<Map<ItemKind, Long>> counts() {
        if (expectations == UNCOUNTED) {
            return Optional.empty();
        }
        Map<ItemKind, Long> counts = new EnumMap<>(ItemKind.class);
        counts.put(ItemKind.EXPECTATION, expectations);
        counts.put(ItemKind.PROPOSAL, proposals);
        return Optional.of(counts);
    }

    /** What waits for the facilitators after this change (counted once, by the announcer), if it could change. */
    @JsonIgnore
    public Optional<ModerationCounts> moderationCounts() {
        return pending == UNCOUNTED ? Optional.empty() : Optional.of(new ModerationCounts(pending, reported));
    }

    @JsonIgnore
    public boolean isDeleted() {
        return "DELETED".equals(change);
    }

    @JsonIgnore
    public boolean isCreated() {
        return "CREATED".equals(change);
    }

    /** Approved, hidden, shown again, merged or unmerged: the item appears on or leaves screens. */
    @JsonIgnore
    public boolean isModerated() {
        return "MODERATED".equals(change);
    }

    /** The item field an edit wrote, if the change was an edit of one. */
    @JsonIgnore
    public Optional<ItemField> editedField() {
        return field == null || field.isEmpty() ? Optional.empty() : Optional.of(ItemField.valueOf(field));
    }

    @JsonIgnore
    public ItemKind itemKind() {
        return ItemKind.valueOf(kind);
    }

    /** The item as stored; only for signals that are not deletions. */
    public ItemSummary item(long meetingId) {
        return new ItemSummary(itemId, meetingId, itemKind(), title, details, themeId, authorId,
                authorName, StakeholderGroup.valueOf(authorGroup), Instant.ofEpochMilli(createdAt),
                Instant.ofEpochMilli(updatedAt), version, supports, AnswerStatus.valueOf(answerStatus), answerText, dots, comments,
                ItemStatus.valueOf(status), hiddenReason, reports, merged);
    }
}
