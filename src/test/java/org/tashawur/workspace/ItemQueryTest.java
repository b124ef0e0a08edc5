package org.tashawur.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tashawur.consultation.StakeholderGroup;

/** What a screen's filter can tell about a changed item without asking the database. */
class ItemQueryTest {

    private static final ItemQuery ALL = ItemQuery.of(1, 7, ItemKind.EXPECTATION);

    @Test
    void an_item_of_another_theme_group_kind_or_status_is_ruled_out_and_the_text_is_left_to_the_database() {
        ItemSummary item = item("Observatoire", 10L, ItemStatus.PUBLISHED, 0);

        assertThat(ALL.rulesOut(item)).isFalse();
        assertThat(ALL.withTheme(11L).rulesOut(item)).isTrue();
        assertThat(ALL.withGroup(StakeholderGroup.EXPERTS).rulesOut(item)).isTrue();
        assertThat(ItemQuery.of(1, 7, ItemKind.PROPOSAL).rulesOut(item)).isTrue();
        assertThat(ALL.withScope(ItemQuery.Scope.PENDING).rulesOut(item)).isTrue();
        assertThat(ALL.withScope(ItemQuery.Scope.REPORTED).rulesOut(item)).isTrue();
        assertThat(ALL.withScope(ItemQuery.Scope.REPORTED).rulesOut(item("Observatoire", 10L, ItemStatus.PUBLISHED, 2)))
                .isFalse();
        assertThat(ALL.withText("rien de tel").rulesOut(item)).as("the database decides the text").isFalse();
    }

    @Test
    void an_item_may_move_only_when_a_field_the_filter_reads_changed() {
        ItemSummary before = item("Observatoire", 10L, ItemStatus.PUBLISHED, 0);
        ItemSummary retitled = item("Observatoire régional", 10L, ItemStatus.PUBLISHED, 0);
        ItemSummary rethemed = item("Observatoire", 11L, ItemStatus.PUBLISHED, 0);

        assertThat(ALL.withTheme(10L).mayMove(before, retitled)).isFalse();
        assertThat(ALL.withTheme(10L).mayMove(before, rethemed)).isTrue();
        assertThat(ALL.withTheme(12L).mayMove(before, rethemed)).as("out before and after").isFalse();
        assertThat(ALL.withText("régional").mayMove(before, retitled)).isTrue();
        assertThat(ALL.withText("  ").mayMove(before, retitled)).as("a blank search is no filter").isFalse();
    }

    private static ItemSummary item(String title, Long themeId, ItemStatus status, int reports) {
        Instant at = Instant.parse("2022-01-05T09:00:00Z");
        return new ItemSummary(3, 1, ItemKind.EXPECTATION, title, "", themeId, 7, "أمينة",
                StakeholderGroup.PREFECTURES, at, at, 1, 0, AnswerStatus.NOT_ANSWERED, "", 0, 0, status, "", reports, 0);
    }
}
