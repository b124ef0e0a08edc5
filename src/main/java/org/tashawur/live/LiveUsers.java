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
        user.setAbbreviation(initials(participant.displayName()));
        return user;
    }

    /** The first letter of the first two words that start with a letter: "Nadia (animatrice)" is "NA". */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            int first = word.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
            if (first >= 0 && initials.codePointCount(0, initials.length()) < 2) {
                initials.appendCodePoint(Character.toUpperCase(first));
            }
        }
        return initials.toString();
    }
}
