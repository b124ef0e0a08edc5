package org.tashawur.live;

import org.apache.tomcat.websocket.server.Constants;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat gives each WebSocket a buffer for incoming text (8,192 characters, 16 KB) and one for
 * incoming binary messages (8 KB) when it opens. Browsers never send on the push connection here:
 * Vaadin's client sends over HTTP ({@code alwaysXhrToServer}). Tomcat grows the buffer to the
 * connection's limit (which the push library sets to 16 KB) when a message starts, so a small
 * initial buffer loses nothing. Decision record 0012.
 */
@Component
class WebSocketBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** The initial size of each push connection's buffers for incoming messages. */
    private static final int INITIAL_BUFFER = 256;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            context.addParameter(Constants.TEXT_BUFFER_SIZE_SERVLET_CONTEXT_INIT_PARAM, Integer.toString(INITIAL_BUFFER));
            context.addParameter(Constants.BINARY_BUFFER_SIZE_SERVLET_CONTEXT_INIT_PARAM, Integer.toString(INITIAL_BUFFER));
        });
    }
}
