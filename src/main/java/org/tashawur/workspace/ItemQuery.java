package org.tashawur.workspace;

import org.jspecify.annotations.Nullable;
import org.tashawur.consultation.StakeholderGroup;

/**
 * Which items of a meeting a screen lists: one kind, optionally one theme, group or text; newest
 * first, or ranked by dots while prioritising.
 */
public record ItemQuery(long meetingId, ItemKind kind, @Nullable Long themeId,
        @Nullable StakeholderGroup group, @Nullable String text, boolean byDots) {

    /** Newest first: the order of every phase but prioritisation. */
    public ItemQuery(long meetingId, ItemKind kind, @Nullable Long themeId, @Nullable StakeholderGroup group,
            @Nullable String text) {
        this(meetingId, kind, themeId, group, text, false);
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
        return themeId != null || group != null || likePattern() != null;
    }
}
