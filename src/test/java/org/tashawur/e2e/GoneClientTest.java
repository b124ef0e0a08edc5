package org.tashawur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.context.support.ServletRequestHandledEvent;

/**
 * A browser that goes away while its page is being written (a tab closed while loading, a phone
 * out of network) leaves no error in the log: before, that closed tab wrote four error stack
 * traces. The page is held on the server until the client has reset its connection, so the
 * write fails every time, and made larger than Tomcat's answer buffer, so it fails while the
 * application writes it, as a page of the development build did.
 */
class GoneClientTest {

    private static final CountDownLatch held = new CountDownLatch(1);
    private static final CountDownLatch release = new CountDownLatch(1);
    private static final CountDownLatch handled = new CountDownLatch(1);

    private final Path dataDir = Path.of(System.getProperty("user.home"), ".tashawur", "e2e-test-data",
            UUID.randomUUID().toString());
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger goneClients = (Logger) LoggerFactory.getLogger("org.tashawur.base.web.GoneClients");
    private RunningApp app;
    private int port;

    @BeforeEach
    void start() {
        port = RunningApp.freePort();
        app = RunningApp.start(dataDir, port, HeldPage.class);
        goneClients.setLevel(Level.DEBUG);
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stop() {
        root.detachAppender(log);
        goneClients.setLevel(null);
        release.countDown();
        if (app != null) {
            app.close();
        }
        FileSystemUtils.deleteRecursively(dataDir.toFile());
    }

    @Test
    void a_page_whose_browser_went_away_while_it_was_written_leaves_no_error_in_the_log() throws Exception {
        try (Socket browser = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = browser.getOutputStream();
            out.write(("GET /login?hold HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: text/html\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(held.await(30, TimeUnit.SECONDS)).as("the page reached the moment before it is written").isTrue();
            browser.setSoLinger(true, 0); // closing now resets the connection, as a killed tab does
        }
        Thread.sleep(100);
        release.countDown();
        assertThat(handled.await(30, TimeUnit.SECONDS)).as("the server finished the request").isTrue();
        Thread.sleep(500); // Tomcat logs a servlet's failure after the request's handled event

        List<ILoggingEvent> events = List.copyOf(log.list);
        assertThat(events).as("the application saw the client go")
                .anySatisfy(event -> assertThat(event.getFormattedMessage()).contains("client has gone away"));
        assertThat(events).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .as("warnings and errors logged for the closed page").isEmpty();
    }

    /** Holds a page asked for with "?hold" just before it is written, padded past Tomcat's buffer. */
    @Configuration(proxyBeanMethods = false)
    static class HeldPage {

        @Bean
        VaadinServiceInitListener holdingPages() {
            return (ServiceInitEvent event) -> event.addIndexHtmlRequestListener(page -> {
                if (page.getVaadinRequest().getParameter("hold") == null) {
                    return;
                }
                page.getDocument().body().appendElement("div").attr("hidden", "").text("x".repeat(64 * 1024));
                held.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        @EventListener
        void requestHandled(ServletRequestHandledEvent event) {
            if (event.getRequestUrl().startsWith("/login")) {
                handled.countDown();
            }
        }
    }
}
