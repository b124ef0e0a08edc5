package org.tashawur.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.workspace.AnswerStatus;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemStatus;
import org.tashawur.workspace.ItemSummary;

/** When a ranked screen may leave a vote on an item it does not show without reading its list again. */
class FetchedFromTopTest {

    final FetchedFromTop fetched = new FetchedFromTop();
    final Map<Long, ItemSummary> latest = new HashMap<>();

    @Test
    void an_item_ranking_after_every_card_held_from_the_top_stays_out_of_view() {
        fetched.fetched(0, cards(item(1, 5), item(2, 4)));
        fetched.fetched(2, cards(item(3, 3)));

        assertThat(fetched.ranksAfterAll(item(9, 2), latest)).isTrue();
        assertThat(fetched.ranksAfterAll(item(9, 3), latest)).as("same dots, newer: after card 3").isTrue();
        assertThat(fetched.ranksAfterAll(item(2, 1), latest)).as("one of the cards").isFalse();
        assertThat(fetched.ranksAfterAll(item(9, 4), latest)).as("before card 3").isFalse();
    }

    @Test
    void cards_are_compared_at_their_latest_tallies() {
        fetched.fetched(0, cards(item(1, 5), item(2, 4)));
        latest.put(2L, item(2, 1)); // card 2 lost dots since it was fetched, and was drawn again in place

        assertThat(fetched.ranksAfterAll(item(9, 2), latest)).isFalse();
        latest.remove(2L); // no longer known
        assertThat(fetched.ranksAfterAll(item(9, 0), latest)).isFalse();
    }

    @Test
    void nothing_fetched_or_a_gap_means_the_list_must_tell() {
        assertThat(fetched.ranksAfterAll(item(9, 0), latest)).as("nothing fetched yet").isFalse();

        fetched.fetched(0, cards(item(1, 5)));
        fetched.fetched(40, cards(item(41, 1)));
        assertThat(fetched.ranksAfterAll(item(9, 0), latest)).as("scrolled far down").isFalse();

        fetched.fetched(0, cards(item(1, 5)));
        assertThat(fetched.ranksAfterAll(item(9, 0), latest)).as("back at the top").isTrue();

        fetched.forget();
        assertThat(fetched.ranksAfterAll(item(9, 0), latest)).as("read again, not yet fetched").isFalse();
    }

    private List<ItemSummary> cards(ItemSummary... cards) {
        for (ItemSummary card : cards) {
            latest.put(card.id(), card);
        }
        return List.of(cards);
    }

    private static ItemSummary item(long id, int dots) {
        Instant at = Instant.parse("2022-01-05T10:00:00Z");
        return new ItemSummary(id, 1, ItemKind.PROPOSAL, "Item " + id, "", null, 1, "Karim",
                StakeholderGroup.ASSOCIATIONS, at, at, 0, 0, AnswerStatus.NOT_ANSWERED, "", dots, 0,
                ItemStatus.PUBLISHED, "", 0, 0);
    }
}
