package org.tashawur.report;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.LocalizedText;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.consultation.ThemeInfo;
import org.tashawur.workspace.ItemSummary;

/**
 * A consultation across its regional meetings: published items per theme and region, per
 * stakeholder group, the most supported proposals, and the expectations that recur in several
 * regions (grouped by the duplicate hints' Arabic-aware similarity).
 *
 * @param counts items per theme id ({@code null}: no theme), then per meeting id
 */
public record Synthesis(long consultationId, LocalizedText title, List<MeetingInfo> meetings, List<ThemeInfo> themes,
        Map<@Nullable Long, Map<Long, Long>> counts, Map<StakeholderGroup, Long> itemsByGroup,
        Map<StakeholderGroup, Long> participantsByGroup, List<Placed> topProposals, List<Recurring> recurring) {

    /** An item with the meeting it comes from. */
    public record Placed(ItemSummary item, MeetingInfo meeting) {
    }

    /** Expectations that say the same thing, from {@code regions} different meetings. */
    public record Recurring(List<Placed> members, int regions) {

        public ItemSummary representative() {
            return members.get(0).item();
        }
    }

    public long count(@Nullable Long themeId, long meetingId) {
        Map<Long, Long> row = counts.get(themeId);
        return row == null ? 0 : row.getOrDefault(meetingId, 0L);
    }

    public long total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }
}
