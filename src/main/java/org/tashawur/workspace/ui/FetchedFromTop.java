package org.tashawur.workspace.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tashawur.workspace.ItemSummary;

/**
 * Which items a screen's list has fetched from its first card down, without a gap, in the order
 * fetched. A browser asks for the cards in view, then for more as the user scrolls; as long as
 * it has asked from the top without skipping any, this knows every card it holds.
 */
final class FetchedFromTop {

    private final List<Long> ids = new ArrayList<>();
    private boolean gapless = true;

    /** The list read {@code page} starting at index {@code offset}. */
    void fetched(int offset, List<ItemSummary> page) {
        if (offset == 0) {
            ids.clear();
            gapless = true;
        }
        if (!gapless || offset > ids.size()) {
            gapless = false; // the user scrolled far down: the browser holds cards this does not know
            return;
        }
        for (int i = 0; i < page.size(); i++) {
            long id = page.get(i).id();
            if (offset + i < ids.size()) {
                ids.set(offset + i, id);
            } else {
                ids.add(id);
            }
        }
    }

    /** The list is read again from the start: the browser drops its cards. */
    void forget() {
        ids.clear();
        gapless = true;
    }

    /**
     * Whether {@code item} ranks after every fetched card by {@link ItemSummary#RANKING}, the
     * cards taken at their latest values in {@code latest}. False when nothing was fetched yet,
     * when there was a gap, when the item is one of the cards, or when one of them is not in
     * {@code latest} (its tally may have changed since): then only reading the list again tells.
     */
    boolean ranksAfterAll(ItemSummary item, Map<Long, ItemSummary> latest) {
        if (!gapless || ids.isEmpty()) {
            return false;
        }
        for (long id : ids) {
            ItemSummary card = latest.get(id);
            if (id == item.id() || card == null || ItemSummary.RANKING.compare(card, item) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the fetched cards, at their latest values in {@code latest}, are still in
     * {@link ItemSummary#RANKING} order (a card redrawn in place after a vote keeps its place).
     * Cards not in {@code latest} are skipped.
     */
    boolean inRankingOrder(Map<Long, ItemSummary> latest) {
        ItemSummary previous = null;
        for (long id : ids) {
            ItemSummary card = latest.get(id);
            if (card == null) {
                continue;
            }
            if (previous != null && ItemSummary.RANKING.compare(previous, card) > 0) {
                return false;
            }
            previous = card;
        }
        return true;
    }
}
