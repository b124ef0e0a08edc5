package org.tashawur.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tashawur.e2e.RunningApp;

/** The benchmark's WebSocket floor really echoes (kept in the suite so the harness does not rot). */
class EchoServerTest {

    @Test
    void echoes() throws Exception {
        try (EchoServer server = new EchoServer(RunningApp.freePort())) {
            CompletableFuture<String> reply = new CompletableFuture<>();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(server.url()), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                            reply.complete(data.toString());
                            return null;
                        }
                    }).get(5, TimeUnit.SECONDS);
            socket.sendText("bonjour", true);
            assertThat(reply.get(5, TimeUnit.SECONDS)).isEqualTo("bonjour");
        }
    }
}
