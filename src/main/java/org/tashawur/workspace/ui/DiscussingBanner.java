package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.LongConsumer;
import org.tashawur.facilitation.DiscussingSignal;
import org.tashawur.live.MeetingSignals;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSummary;

/**
 * "Now discussing: ..." on every screen of the meeting, following the facilitator live; the
 * facilitator also gets the button that ends it.
 */
class DiscussingBanner extends Composite<Div> {

    private final ItemService items;
    private final Span text = new Span();
    private final Button stop = new Button();
    private final LongConsumer onChange;

    DiscussingBanner(ItemService items, MeetingSignals signals, ParticipantRef me, long initial, boolean staff,
            LongConsumer onChange) {
        this.items = items;
        this.onChange = onChange;
        text.addClassName("discussing-text");
        text.getElement().setAttribute("dir", "auto");
        stop.setText(getTranslation("discussing.stop"));
        stop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        stop.addClassName("discussing-stop");
        stop.setVisible(staff);
        stop.addClickListener(e -> items.discuss(null, me));
        getContent().addClassName("discussing-banner");
        getContent().add(text, stop);
        signals.subscribe(this, me, me.meetingId(), DiscussingSignal.CHANNEL, DiscussingSignal.class,
                (key, signal) -> show(signal.itemId()));
        show(initial);
    }

    private void show(long itemId) {
        String title = itemId == 0 ? null : items.find(itemId).map(ItemSummary::title).orElse(null);
        setVisible(title != null);
        text.setText(title == null ? "" : getTranslation("discussing.now", title));
        onChange.accept(title == null ? 0 : itemId);
    }
}
