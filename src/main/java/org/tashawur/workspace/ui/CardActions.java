package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.DotVoteService;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSummary;
import org.tashawur.workspace.SupportService;

/**
 * What the buttons on a card do for this participant (support, dots, discuss, delete), with the
 * state they need (what I support, my dots) and the "dots left" line, which is this component.
 * A refusal is shown; an item that vanished meanwhile leaves the list.
 */
class CardActions extends Composite<Span> {

    private final ItemService items;
    private final SupportService supports;
    private final DotVoteService votes;
    /** Dots each participant spends, from the meeting's settings bar (which also tells of changes). */
    private int budget;
    private final ParticipantRef me;
    private final Runnable reloadList;
    private final Set<Long> supported = new HashSet<>();
    private final Map<Long, Integer> myDots = new HashMap<>();

    CardActions(ItemService items, SupportService supports, DotVoteService votes, ParticipantRef me,
            Runnable reloadList) {
        this.items = items;
        this.supports = supports;
        this.votes = votes;
        this.me = me;
        this.reloadList = reloadList;
        supported.addAll(supports.supportedBy(me));
        myDots.putAll(votes.dotsOf(me));
        getContent().addClassName("dots-left");
    }

    Set<Long> supported() {
        return supported;
    }

    Map<Long, Integer> myDots() {
        return myDots;
    }

    /** The meeting's dot budget, as first read and whenever the facilitator changes it. */
    void setBudget(int dots) {
        budget = dots;
    }

    /** Shows the "dots left" line while the participant may vote. */
    void showDotsLeft(boolean voting) {
        setVisible(voting);
        if (voting) {
            int spent = myDots.values().stream().mapToInt(Integer::intValue).sum();
            getContent().setText(getTranslation("dots.left", budget - spent, budget));
        }
    }

    /** Adds or takes back this participant's support; the new count reaches every screen. */
    void support(ItemSummary item) {
        run(() -> {
            boolean support = !supported.contains(item.id());
            supports.setSupport(item.id(), me, support);
            if (support) {
                supported.add(item.id());
            } else {
                supported.remove(item.id());
            }
        });
    }

    /** One dot more (1) or less (-1) on the item; the budget is the service's to enforce. */
    void vote(ItemSummary item, int delta) {
        run(() -> {
            int dots = Math.max(0, myDots.getOrDefault(item.id(), 0) + delta);
            votes.setDots(item.id(), me, dots);
            myDots.put(item.id(), dots);
            showDotsLeft(true);
        });
    }

    /** Puts the item up for discussion on every screen (facilitators). */
    void discuss(ItemSummary item) {
        run(() -> items.discuss(item.id(), me));
    }

    /** Asks once, then deletes the item for everyone. */
    void delete(ItemSummary item) {
        new DeleteConfirmation(() -> run(() -> items.delete(item.id(), me))).open();
    }

    private void run(Runnable action) {
        CardAction.run(this, reloadList, action);
    }
}
