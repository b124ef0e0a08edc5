package org.tashawur.live;

import com.vaadin.collaborationengine.CollaborationAvatarGroup;
import com.vaadin.flow.component.Component;
import org.tashawur.participant.ParticipantRef;

/** The avatars of who is in a meeting right now. */
public final class Presence {

    private Presence() {
    }

    public static Component avatars(ParticipantRef me, long meetingId) {
        CollaborationAvatarGroup avatars = new CollaborationAvatarGroup(LiveUsers.of(me),
                LiveTopics.meeting(meetingId));
        avatars.setMaxItemsVisible(8);
        avatars.addClassName("presence");
        return avatars;
    }
}
