package org.tashawur.workspace;

import java.time.Instant;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.tashawur.consultation.StakeholderGroup;

/** An item as screens show it; the limits of its texts are public for the fields. */
public record ItemSummary(long id, long meetingId, ItemKind kind, String title, String details,
        @Nullable Long themeId, long authorId, String authorName, StakeholderGroup authorGroup,
        Instant createdAt, Instant updatedAt, long version, int supports, AnswerStatus answerStatus,
        String answerText, int dots, int comments, ItemStatus status, String hiddenReason, int reports,
        int merged) {

    public static final int TITLE_MAX = Item.TITLE_MAX;
    public static final int DETAILS_MAX = Item.DETAILS_MAX;
    public static final int HIDDEN_REASON_MAX = Item.HIDDEN_REASON_MAX;

    /**
     * The prioritisation phase's ranking, most dots first, then most supports, then oldest: the
     * order {@code ItemRepository.findPageByDots} reads. A screen compares an item with its cards
     * by it, to know whether a vote can bring the item into view without reading the list.
     */
    public static final Comparator<ItemSummary> RANKING = Comparator.comparingInt(ItemSummary::dots).reversed()
            .thenComparing(Comparator.comparingInt(ItemSummary::supports).reversed())
            .thenComparingLong(ItemSummary::id);

    /** Whether a participant may see this item: everyone a published one; its author and staff the others. */
    public boolean visibleTo(long participantId, boolean staff) {
        return status.visibleTo(staff, authorId == participantId);
    }

    /** The text of one field, as the service compares and stores it. */
    public String value(ItemField field) {
        return field.read(this);
    }
}
