package org.tashawur.live;

import com.vaadin.collaborationengine.UserInfo;
import org.tashawur.participant.ParticipantRef;

/** The Collaboration Engine's view of a participant. */
final class LiveUsers {

    /** The user that announces committed changes; never shown as present. */
    static final UserInfo SYSTEM = new UserInfo("system", "Tashawur");

    private LiveUsers() {
    }

    static UserInfo of(ParticipantRef participant) {
        UserInfo user = new UserInfo("p" + participant.id(), participant.displayName());
        user.setColorIndex((int) (participant.id() % 7));
        return user;
    }
}
