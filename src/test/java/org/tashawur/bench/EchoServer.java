package org.tashawur.bench;

import jakarta.websocket.OnMessage;
import jakarta.websocket.server.ServerEndpoint;
import java.io.File;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * A bare WebSocket echo on loopback (Tomcat, as the application uses): the floor under any live
 * update, measured from the same browser.
 */
final class EchoServer implements AutoCloseable {

    private final Tomcat tomcat = new Tomcat();
    private final int port;

    @ServerEndpoint("/echo")
    public static class Echo {
        @OnMessage
        public String echo(String message) {
            return message;
        }
    }

    EchoServer(int port) throws Exception {
        this.port = port;
        File base = Files.createTempDirectory("echo").toFile();
        tomcat.setBaseDir(base.getAbsolutePath());
        tomcat.setPort(port);
        tomcat.getConnector();
        Context context = tomcat.addContext("", base.getAbsolutePath());
        context.addServletContainerInitializer(new WsSci(), null);
        context.addServletContainerInitializer((classes, servletContext) -> {
            try {
                ((jakarta.websocket.server.ServerContainer) servletContext
                        .getAttribute(jakarta.websocket.server.ServerContainer.class.getName())).addEndpoint(Echo.class);
            } catch (jakarta.websocket.DeploymentException e) {
                throw new jakarta.servlet.ServletException(e);
            }
        }, null);
        // The upgrade filter runs only for a request some servlet would serve.
        Tomcat.addServlet(context, "default", new jakarta.servlet.http.HttpServlet() { });
        context.addServletMappingDecoded("/", "default");
        tomcat.start();
    }

    String url() {
        return "ws://127.0.0.1:" + port + "/echo";
    }

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }
}
