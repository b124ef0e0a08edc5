package org.tashawur.participant.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;

/** Who the user of this browser session is in each meeting they joined. */
public final class ParticipantSession implements Serializable {

    private final Map<Long, ParticipantRef> byMeeting = new HashMap<>();

    private ParticipantSession() {
    }

    public static Optional<ParticipantRef> in(long meetingId) {
        return Optional.ofNullable(current().byMeeting.get(meetingId));
    }

    /**
     * Who this browser is in the meeting: from the session, else from the rejoin cookie the
     * browser kept when it joined (a restart or a new session does not make a guest join again).
     */
    public static Optional<ParticipantRef> restore(long meetingId, ParticipantService participants) {
        Optional<ParticipantRef> known = in(meetingId);
        if (known.isPresent()) {
            return known;
        }
        Optional<ParticipantRef> rejoined = GuestCookie.read(meetingId).flatMap(key -> participants.rejoin(meetingId, key));
        rejoined.ifPresent(ParticipantSession::remember);
        return rejoined;
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
