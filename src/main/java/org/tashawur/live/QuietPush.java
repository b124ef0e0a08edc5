package org.tashawur.live;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin's client sets the push library's log level to "debug", so every push message writes a
 * line to the browser console. Measured in the benchmark, that logging was the largest single
 * cost of an update in a participant's page (docs/benchmarks/FINDINGS.md); warnings and errors
 * are still logged.
 */
@Component
class QuietPush implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(
                init -> init.getUI().getPushConfiguration().setParameter("logLevel", "warn"));
    }
}
