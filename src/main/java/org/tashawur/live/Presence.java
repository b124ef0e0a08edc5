package org.tashawur.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tashawur.participant.ParticipantRef;

/**
 * Who is in the meeting right now: the avatars of the first few and how many in all, updated
 * live from {@link MeetingPresence} while the screen is open.
 */
public final class Presence extends Composite<Div> {

    private final AvatarGroup avatars = new AvatarGroup();
    private final Span count = new Span();
    private @Nullable Registration seat;

    private Presence(MeetingPresence presence, ParticipantRef me) {
        avatars.addClassName("presence");
        avatars.setMaxItemsVisible(MeetingPresence.SHOWN);
        count.addClassName("presence-count");
        getContent().addClassName("presence-area");
        getContent().add(avatars, count);
        addAttachListener(e -> {
            UI ui = e.getUI();
            seat = presence.enter(me, snapshot -> {
                if (!ui.isClosing() && ui.getSession() != null) {
                    ui.access(() -> show(snapshot));
                }
            });
        });
        addDetachListener(e -> {
            if (seat != null) {
                seat.remove();
                seat = null;
            }
        });
    }

    public static Component avatars(MeetingPresence presence, ParticipantRef me) {
        return new Presence(presence, me);
    }

    private void show(MeetingPresence.Snapshot snapshot) {
        List<AvatarGroup.AvatarGroupItem> items = snapshot.first().stream().map(p -> {
            AvatarGroup.AvatarGroupItem item = new AvatarGroup.AvatarGroupItem(p.name());
            item.setAbbreviation(p.abbreviation());
            item.setColorIndex(p.colorIndex());
            return item;
        }).toList();
        avatars.setItems(items);
        count.setText(getTranslation("presence.count", snapshot.total()));
        count.setVisible(snapshot.total() > 1);
    }
}
