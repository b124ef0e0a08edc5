package org.tashawur.report;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.consultation.ThemeInfo;
import org.tashawur.followup.FollowUpRow;
import org.tashawur.workspace.ItemSummary;

/**
 * Everything a meeting's report holds, read once: the meeting, who took part per stakeholder
 * group, its published items grouped by theme (items without a theme last), and the retained
 * proposals with their commitments.
 */
public record MeetingReport(MeetingInfo meeting, Map<StakeholderGroup, Long> participants,
        List<Section> sections, List<FollowUpRow> commitments) {

    /** The items of one theme ({@code theme} null: no theme), expectations then proposals. */
    public record Section(@Nullable ThemeInfo theme, List<ItemSummary> items) {
    }

    public long participantCount() {
        return participants.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<ItemSummary> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }
}
