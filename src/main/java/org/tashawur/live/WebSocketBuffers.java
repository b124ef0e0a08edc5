package org.tashawur.live;

import org.apache.tomcat.websocket.server.Constants;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's buffers for each connection, sized for push connections, which stay open as long as a
 * participant's screen (decision records 0012, 0013):
 * <ul>
 * <li>a buffer for incoming text (8,192 characters, 16 KB) and one for incoming binary messages
 * (8 KB) when a WebSocket opens; 256 here. Browsers never send on the push connection here: Vaadin's
 * client sends over HTTP ({@code alwaysXhrToServer}). Tomcat grows the buffer to the connection's
 * limit (which the push library sets to 16 KB) when a message starts, so a small initial buffer
 * loses nothing;</li>
 * <li>a buffer that reads a WebSocket's frames and two that write them (8 KB each; 2 KB here). Push messages
 * here are a few hundred bytes to a few KB; a longer one goes out in several frames, which the
 * browser joins. Tomcat reads this size from a system property once, when its WebSocket classes
 * load, which is after this customizer runs and before the server starts. A size set on the
 * command line stays;</li>
 * <li>the socket's read and write buffers (8 KB each; 4 KB here), which Tomcat's documentation advises to
 * shrink for many long-lived connections. Larger reads and writes go through in more system
 * calls; request headers have a buffer of their own.</li>
 * </ul>
 */
@Component
class WebSocketBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** The initial size of each push connection's buffers for incoming messages. */
    private static final int INITIAL_BUFFER = 256;

    /** Tomcat's system property for the size of each WebSocket's frame buffers. */
    private static final String FRAME_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    /** The size of each push connection's frame buffers. */
    private static final int FRAME_BUFFER = 2048;

    /** The size of each connection's socket read buffer and of its write buffer. */
    private static final int SOCKET_BUFFER = 4096;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (System.getProperty(FRAME_BUFFER_PROPERTY) == null) {
            System.setProperty(FRAME_BUFFER_PROPERTY, Integer.toString(FRAME_BUFFER));
        }
        factory.addContextCustomizers(context -> {
            context.addParameter(Constants.TEXT_BUFFER_SIZE_SERVLET_CONTEXT_INIT_PARAM, Integer.toString(INITIAL_BUFFER));
            context.addParameter(Constants.BINARY_BUFFER_SIZE_SERVLET_CONTEXT_INIT_PARAM, Integer.toString(INITIAL_BUFFER));
        });
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", Integer.toString(SOCKET_BUFFER));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(SOCKET_BUFFER));
        });
    }
}
