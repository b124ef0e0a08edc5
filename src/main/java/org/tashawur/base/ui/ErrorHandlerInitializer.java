package org.tashawur.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** One place for unexpected errors: logged with their cause, shown to the user as a short notice. */
@Component
class ErrorHandlerInitializer implements VaadinServiceInitListener {

    private final Clock clock;

    ErrorHandlerInitializer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new UnexpectedErrors(clock)));
    }
}
