package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * In the prioritisation phase: says that votes changed the order of the cards in view, and
 * ranks the list again when asked. Cards are not moved on their own, under a hand about to vote.
 */
class RankNotice extends Composite<Div> {

    private final ItemList list;

    RankNotice(ItemList list) {
        this.list = list;
        Button refresh = new Button(getTranslation("rank.refresh"), e -> list.reload());
        refresh.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        refresh.addClassName("rerank");
        Div notice = getContent();
        notice.add(new Span(getTranslation("rank.changed")), refresh);
        notice.addClassName("rank-notice");
        notice.setVisible(false);
        list.onRedrawn(this::follow);
    }

    /**
     * Shown while the list's cards are out of ranking order. Runs at every card update of every
     * screen: it touches the component only when the answer changes.
     */
    private void follow() {
        boolean outOfDate = list.rankingOutOfDate();
        if (getContent().isVisible() != outOfDate) {
            getContent().setVisible(outOfDate);
        }
    }
}
