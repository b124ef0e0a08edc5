package org.tashawur.live;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.util.ExecutorsFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What each push connection keeps on the server, trimmed once Vaadin has configured the push
 * library (Atmosphere 3.0), as measured with participants on real connections
 * (docs/benchmarks/FINDINGS.md, decision record 0012):
 * <ul>
 * <li>the library gives each WebSocket a byte buffer and a character buffer of
 * {@code websocket.bufferSize}, which Vaadin sets to 16 KB: 48 KB per connection that the library
 * only ever clears, when the connection closes. It reads the size each time a connection opens;
 * it is set to the smallest buffer;</li>
 * <li>the library's heartbeat cancels and schedules a task at every message it sends. A cancelled
 * task stayed queued until its time came, a minute later: in a meeting's first minute, when
 * everyone joins and every arrival updates every screen, hundreds per connection. Cancelled
 * tasks now leave the queue at once.</li>
 * </ul>
 */
@Component
class PushConnections implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PushConnections.class);

    /** The size of the two unused buffers of each push connection (a buffer cannot be empty). */
    private static final String UNUSED_BUFFER_SIZE = "1";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service)) {
            return;
        }
        VaadinServlet servlet = service.getServlet();
        ServletContext context = servlet.getServletContext();
        if (context.getAttribute(ServerContainer.class.getName()) == null) {
            return; // no WebSocket container, so no push connection to trim (a servlet of the UI tests)
        }
        if (!(context.getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()))
                instanceof AtmosphereFramework framework)) {
            log.warn("No push framework found for the Vaadin servlet; push connections keep their unused buffers");
            return;
        }
        framework.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, UNUSED_BUFFER_SIZE);
        if (framework.isShareExecutorServices()) { // otherwise each user makes its own scheduler
            ScheduledExecutorService scheduler = ExecutorsFactory.getScheduler(framework.getAtmosphereConfig());
            if (scheduler instanceof ScheduledThreadPoolExecutor pool) {
                pool.setRemoveOnCancelPolicy(true);
            }
        }
    }
}
