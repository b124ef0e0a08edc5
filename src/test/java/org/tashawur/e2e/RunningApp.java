package org.tashawur.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tashawur.Application;

/**
 * The whole application on a real port with its embedded MariaDB, as the README's run command
 * starts it, but on a data directory of the test's own. Stopping it stops the database too; a new
 * start on the same directory finds everything that was saved.
 */
public final class RunningApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final int port;

    private RunningApp(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    public static RunningApp start(Path dataDir, int port) {
        // Command-line arguments, because they win over application.properties.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
                "--server.port=" + port,
                "--tashawur.embedded-db.data-dir=" + dataDir,
                "--tashawur.embedded-db.port=0",
                "--tashawur.embedded-db.database=tashawur_e2e",
                "--tashawur.demo-data=false",
                "--spring.jmx.enabled=false");
        return new RunningApp(context, port);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The push framework Vaadin set up for the application's servlet, as the servlet context holds it. */
    public org.atmosphere.cpr.AtmosphereFramework pushFramework() {
        jakarta.servlet.ServletContext servlet = servletContext();
        return java.util.Collections.list(servlet.getAttributeNames()).stream().map(servlet::getAttribute)
                .filter(org.atmosphere.cpr.AtmosphereFramework.class::isInstance)
                .map(org.atmosphere.cpr.AtmosphereFramework.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("No push framework in the servlet context"));
    }

    /** Tomcat's WebSocket container, which opens the push connections. */
    public jakarta.websocket.server.ServerContainer webSockets() {
        return (jakarta.websocket.server.ServerContainer) servletContext()
                .getAttribute(jakarta.websocket.server.ServerContainer.class.getName());
    }

    /**
     * The size of the buffers with which Tomcat reads and writes each WebSocket's frames: a
     * constant of Tomcat's, read from a system property when its WebSocket classes load.
     */
    public int webSocketFrameBufferSize() {
        try {
            java.lang.reflect.Field size = Class.forName("org.apache.tomcat.websocket.Constants")
                    .getDeclaredField("DEFAULT_BUFFER_SIZE");
            size.setAccessible(true);
            return size.getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Tomcat no longer has this constant; see decision record 0013", e);
        }
    }

    /** A setting of the running Tomcat's HTTP connector, as it reads it back ("maxThreads", "socket.appReadBufSize"). */
    public Object connectorSetting(String name) {
        var server = ((org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext) context)
                .getWebServer();
        return ((org.springframework.boot.web.embedded.tomcat.TomcatWebServer) server).getTomcat().getConnector()
                .getProperty(name);
    }

    private jakarta.servlet.ServletContext servletContext() {
        return ((org.springframework.web.context.WebApplicationContext) context).getServletContext();
    }

    public String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    @Override
    public void close() {
        context.close();
    }
}
