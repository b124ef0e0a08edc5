package org.tashawur.participant.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;

/**
 * The rejoin key a guest's browser keeps per meeting, for 30 days. Written from the page (joining
 * may happen over the push connection, where no HTTP response can carry a cookie) and read with
 * the request that opens a screen.
 */
final class GuestCookie {

    private static final int DAYS = 30;

    private GuestCookie() {
    }

    static void write(UI ui, long meetingId, String rejoinKey) {
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + ';path=/;max-age=' + $2 + ';SameSite=Lax'"
                + " + (location.protocol === 'https:' ? ';Secure' : '')", name(meetingId), rejoinKey, DAYS * 86400);
    }

    static Optional<String> read(long meetingId) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> name(meetingId).equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    private static String name(long meetingId) {
        return "tashawur-guest-" + meetingId;
    }
}
