package org.tashawur.workspace;

import org.jspecify.annotations.Nullable;
import org.tashawur.consultation.StakeholderGroup;

/**
 * Which items of a meeting a screen lists, for whom: one kind, optionally one theme, group or
 * text, optionally only what awaits moderation; newest first, or ranked by dots while
 * prioritising. The viewer decides which pending and hidden items are in (their own; all of them
 * for facilitators).
 */
public record ItemQuery(long meetingId, long viewerId, ItemKind kind, @Nullable Long themeId,
        @Nullable StakeholderGroup group, @Nullable String text, boolean byDots, Scope scope) {

    /** Everything the viewer may see of one kind, newest first. */
    public static ItemQuery of(long meetingId, long viewerId, ItemKind kind) {
        return new ItemQuery(meetingId, viewerId, kind, null, null, null, false, Scope.ALL);
    }

    public ItemQuery withTheme(@Nullable Long theme) {
        return new ItemQuery(meetingId, viewerId, kind, theme, group, text, byDots, scope);
    }

    public ItemQuery withGroup(@Nullable StakeholderGroup authorGroup) {
        return new ItemQuery(meetingId, viewerId, kind, themeId, authorGroup, text, byDots, scope);
    }

    public ItemQuery withText(@Nullable String search) {
        return new ItemQuery(meetingId, viewerId, kind, themeId, group, search, byDots, scope);
    }

    public ItemQuery rankedByDots(boolean ranked) {
        return new ItemQuery(meetingId, viewerId, kind, themeId, group, text, ranked, scope);
    }

    public ItemQuery withScope(Scope only) {
        return new ItemQuery(meetingId, viewerId, kind, themeId, group, text, byDots, only);
    }

    /** The search text as a LIKE pattern, its wildcards escaped; null when there is none. */
    @Nullable String likePattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public boolean isFiltered() {
        return themeId != null || group != null || likePattern() != null || scope != Scope.ALL;
    }

    /**
     * Whether an edit of {@code field} can move an item into or out of this query's list. (No
     * edit changes an item's author group; its status and reports change by moderation, which
     * every screen takes as a possible move.)
     */
    public boolean filtersOn(ItemField field) {
        return switch (field) {
            case KIND -> true;
            case THEME -> themeId != null;
            case TITLE, DETAILS -> likePattern() != null;
        };
    }

    /** Which of the visible items: all, or only those a facilitator has to look at. */
    public enum Scope {
        ALL(null),
        PENDING(ItemStatus.PENDING),
        HIDDEN(ItemStatus.HIDDEN),
        REPORTED(null);

        private final @Nullable ItemStatus status;

        Scope(@Nullable ItemStatus status) {
            this.status = status;
        }

        @Nullable ItemStatus status() {
            return status;
        }

        public String messageKey() {
            return "scope." + name();
        }
    }
}
