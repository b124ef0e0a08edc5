package org.tashawur.participant.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tashawur.participant.ParticipantRef;

/** Who the user of this browser session is in each meeting they joined. */
public final class ParticipantSession implements Serializable {

    private final Map<Long, ParticipantRef> byMeeting = new HashMap<>();

    private ParticipantSession() {
    }

    public static Optional<ParticipantRef> in(long meetingId) {
        return Optional.ofNullable(current().byMeeting.get(meetingId));
    }

    static void remember(ParticipantRef participant) {
        current().byMeeting.put(participant.meetingId(), participant);
    }

    private static ParticipantSession current() {
        VaadinSession session = VaadinSession.getCurrent();
        ParticipantSession state = session.getAttribute(ParticipantSession.class);
        if (state == null) {
            state = new ParticipantSession();
            session.setAttribute(ParticipantSession.class, state);
        }
        return state;
    }
}
