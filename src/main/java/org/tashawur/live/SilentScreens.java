package org.tashawur.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Closes the screens whose browser has gone silent: no heartbeat for three heartbeat intervals
 * (a browser killed, a laptop put to sleep, a phone out of network). Vaadin itself closes such a
 * screen only when its session sends another request, and a browser that is gone sends none: its
 * screen kept its place among those present and its editing mark on others' cards, and went on
 * taking every change of its meeting, until the session expired (2 hours). A closed screen leaves
 * its Collaboration Engine topics, so the others see it leave. A browser that comes back reloads
 * the page and finds its meeting again (its session, or its rejoin cookie, still holds who it is).
 */
@Component
public class SilentScreens implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SilentScreens.class);

    /** How often the screens of every session are looked at. */
    private static final long SWEEP_SECONDS = 30;

    /**
     * Each Vaadin service (one in the application; the tests start several) gets its own set of
     * sessions and its own sweeping thread, stopped with the service.
     */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
        service.addSessionInitListener(init -> sessions.add(init.getSession()));
        service.addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tashawur-silent-screens");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(() -> sweep(sessions), SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
        service.addServiceDestroyListener(destroy -> sweeper.shutdownNow());
    }

    private void sweep(Set<VaadinSession> sessions) {
        for (VaadinSession session : sessions) {
            try {
                closeSilentScreens(session);
            } catch (RuntimeException e) { // one broken session must not stop the sweeps
                log.warn("Could not look at the screens of a session", e);
            }
        }
    }

    /**
     * Closes and removes the session's screens that missed three heartbeats, as Vaadin does
     * when the session sends a request. Returns at once; the work runs under the session's lock.
     */
    public void closeSilentScreens(VaadinSession session) {
        session.access(() -> {
            VaadinService service = session.getService();
            for (UI ui : List.copyOf(session.getUIs())) {
                if (!service.isUIActive(ui)) {
                    log.debug("Closing screen {} of a session: no heartbeat since {}", ui.getUIId(),
                            ui.getInternals().getLastHeartbeatTimestamp());
                    ui.accessSynchronously(() -> { // as the screen's own, the way Vaadin closes one
                        ui.close();
                        session.removeUI(ui);
                    });
                }
            }
        });
    }
}
