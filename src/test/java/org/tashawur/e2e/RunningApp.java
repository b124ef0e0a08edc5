package org.tashawur.e2e;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Collections;
import org.atmosphere.cpr.AtmosphereFramework;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.WebApplicationContext;
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

    /** Starts the application, with the test's own configurations added to it, if any. */
    public static RunningApp start(Path dataDir, int port, Class<?>... testConfigurations) {
        // Command-line arguments, because they win over application.properties.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .sources(testConfigurations).run(
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
    public AtmosphereFramework pushFramework() {
        ServletContext servlet = servletContext();
        return Collections.list(servlet.getAttributeNames()).stream().map(servlet::getAttribute)
                .filter(AtmosphereFramework.class::isInstance)
                .map(AtmosphereFramework.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("No push framework in the servlet context"));
    }

    /** Tomcat's WebSocket container, which opens the push connections. */
    public ServerContainer webSockets() {
        return (ServerContainer) servletContext().getAttribute(ServerContainer.class.getName());
    }

    /**
     * The size of the buffers with which Tomcat reads and writes each WebSocket's frames: a
     * constant of Tomcat's, read from a system property when its WebSocket classes load.
     */
    public int webSocketFrameBufferSize() {
        try {
            Field size = Class.forName("org.apache.tomcat.websocket.Constants")
                    .getDeclaredField("DEFAULT_BUFFER_SIZE");
            size.setAccessible(true);
            return size.getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Tomcat no longer has this constant; see decision record 0013", e);
        }
    }

    /** A setting of the running Tomcat's HTTP connector, as it reads it back ("maxThreads", "socket.appReadBufSize"). */
    public Object connectorSetting(String name) {
        WebServer server = ((ServletWebServerApplicationContext) context).getWebServer();
        return ((TomcatWebServer) server).getTomcat().getConnector().getProperty(name);
    }

    private ServletContext servletContext() {
        return ((WebApplicationContext) context).getServletContext();
    }

    public String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    @Override
    public void close() {
        context.close();
    }
}
