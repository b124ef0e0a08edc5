package org.tashawur.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** One place for unexpected errors: logged with their cause, shown to the user as a short notice. */
@Component
class ErrorHandlerInitializer implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlerInitializer.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            log.error("Unexpected error", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notification.show(ui.getTranslation("error.unexpected"), 5000,
                        Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        }));
    }
}
