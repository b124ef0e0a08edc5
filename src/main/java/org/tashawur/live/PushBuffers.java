package org.tashawur.live;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every push connection held two buffers that nothing uses: the push library (Atmosphere 3.0)
 * gives each WebSocket a byte buffer and a character buffer of {@code websocket.bufferSize}, which
 * Vaadin sets to 16 KB, so 48 KB per connection; the library only ever clears them, when the
 * connection closes. Measured with participants on real push connections (docs/benchmarks/), they
 * were about a seventh of a participant's cost on the server. The library reads the size each time
 * a connection opens, so it is set here, once Vaadin has configured the library, to the smallest
 * buffer. Decision record 0012.
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PushBuffers.class);

    /** The size of the two unused buffers of each push connection (a buffer cannot be empty). */
    static final String UNUSED_BUFFER_SIZE = "1";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        AtmosphereFramework framework = framework(event);
        if (framework == null) {
            log.warn("No push framework found for the Vaadin servlet; each push connection keeps 48 KB of unused buffers");
            return;
        }
        framework.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, UNUSED_BUFFER_SIZE);
    }

    /** The push framework Vaadin made for this service's servlet, kept in the servlet context. */
    static @Nullable AtmosphereFramework framework(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service)) {
            return null;
        }
        VaadinServlet servlet = service.getServlet();
        Object framework = servlet.getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()));
        return framework instanceof AtmosphereFramework atmosphere ? atmosphere : null;
    }
}
