package org.tashawur.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.tashawur.base.UserFacingException;

/** Short notices in the middle of the screen, for refusals that belong to no particular field. */
public final class Notices {

    private Notices() {
    }

    public static void refused(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void refused(com.vaadin.flow.component.Component on, UserFacingException e) {
        refused(on.getTranslation(e.messageKey(), e.args()));
    }
}
