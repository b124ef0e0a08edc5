package org.tashawur.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session's handler of unexpected errors: each is logged with its cause, and the screen shows a
 * short notice, at most one every few seconds. Showing the notice is itself an update of the
 * screen; when that update fails too (seen while the application shut down: every card update
 * failed), a notice for each failure queued the next failing update, and the screen looped,
 * writing hundreds of thousands of errors to the log. A burst of errors also no longer stacks
 * notices on the screen.
 */
final class UnexpectedErrors implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);
    static final long QUIET_MS = 5_000;
    private static final String LAST_NOTICE = UnexpectedErrors.class.getName() + ".lastNotice";

    private final Clock clock;

    UnexpectedErrors(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void error(ErrorEvent event) {
        log.error("Unexpected error", event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null && noticeDue(ui)) {
            ui.access(() -> Notification.show(ui.getTranslation("error.unexpected"), 5000,
                    Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    /** Whether the screen has shown no notice in the last few seconds; if so, it now has. Under the session's lock. */
    private boolean noticeDue(UI ui) {
        long now = clock.millis();
        if (ComponentUtil.getData(ui, LAST_NOTICE) instanceof Long last && now - last < QUIET_MS) {
            return false;
        }
        ComponentUtil.setData(ui, LAST_NOTICE, now);
        return true;
    }
}
