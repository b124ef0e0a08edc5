package org.tashawur.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tashawur.consultation.StakeholderGroup;

/** Which edits can move an item into or out of a screen's filtered list. */
class ItemQueryTest {

    private static final ItemQuery ALL = ItemQuery.of(1, 7, ItemKind.EXPECTATION);

    @Test
    void a_list_without_filter_is_moved_only_by_a_change_of_kind() {
        assertThat(ALL.filtersOn(ItemField.KIND)).isTrue();
        assertThat(ALL.filtersOn(ItemField.THEME)).isFalse();
        assertThat(ALL.filtersOn(ItemField.TITLE)).isFalse();
        assertThat(ALL.filtersOn(ItemField.DETAILS)).isFalse();
    }

    @Test
    void a_theme_filter_is_moved_by_the_theme_and_a_search_by_the_title_and_details() {
        assertThat(ALL.withTheme(10L).filtersOn(ItemField.THEME)).isTrue();
        assertThat(ALL.withTheme(10L).filtersOn(ItemField.TITLE)).isFalse();
        assertThat(ALL.withText("guichet").filtersOn(ItemField.TITLE)).isTrue();
        assertThat(ALL.withText("guichet").filtersOn(ItemField.DETAILS)).isTrue();
        assertThat(ALL.withText("guichet").filtersOn(ItemField.THEME)).isFalse();
        assertThat(ALL.withText("  ").filtersOn(ItemField.TITLE)).as("a blank search is no filter").isFalse();
        assertThat(ALL.withGroup(StakeholderGroup.EXPERTS).filtersOn(ItemField.TITLE)).isFalse();
    }
}
