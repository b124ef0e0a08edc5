package org.tashawur.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A participant without a browser: it speaks Vaadin's own protocol to the production server, as
 * the browser's client does, over real HTTP requests and a real push WebSocket. It opens the
 * meeting with a guest's rejoin cookie (so the server builds the same workspace screen as for a
 * browser), asks for the cards in view as the browser's list does, answers heartbeats, and
 * records when each push message naming an edit arrives. It draws nothing and runs no
 * JavaScript: what it measures is the server and the network, up to the participant's socket.
 * The steps are those a browser's client takes, read off Chromium's traffic with the same jar.
 */
final class ProtocolParticipant implements WebSocket.Listener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EDIT = Pattern.compile("edit-(\\d+)");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The cards a browser's list asks for when it is first drawn (its view and a buffer). */
    private static final int CARDS_IN_VIEW = 20;

    private final HttpClient http;
    private final String base;
    private final String cookies;
    private final Map<String, Double> editsSeen = new ConcurrentHashMap<>();
    private final StringBuilder frames = new StringBuilder();
    private final CompletableFuture<Void> handshake = new CompletableFuture<>();
    private volatile double markSeenAt;
    private final String markText;
    private int uiId;
    private String csrf = "";
    private int syncId;
    private int clientId;
    private WebSocket socket;

    private ProtocolParticipant(HttpClient http, String base, String cookies, String markText) {
        this.http = http;
        this.base = base;
        this.cookies = cookies;
        this.markText = markText;
    }

    /**
     * Opens meeting {@code meetingId} as the guest whose rejoin key is given, up to the cards in
     * view, with its push connection open. {@code markText} is the start of the editing mark it
     * records (say "Editor ·"), to know when the others see that someone is editing.
     */
    static ProtocolParticipant join(HttpClient http, String base, long meetingId, String rejoinKey, String markText)
            throws IOException, InterruptedException {
        String guest = "tashawur-guest-" + meetingId + "=" + rejoinKey;
        HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create(base + "meeting/" + meetingId))
                .header("Cookie", guest).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
        String session = page.headers().allValues("Set-Cookie").stream().map(SESSION::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The server opened no session: " + page.statusCode()));
        ProtocolParticipant participant = new ProtocolParticipant(http, base, guest + "; JSESSIONID=" + session, markText);
        participant.open(meetingId);
        return participant;
    }

    private void open(long meetingId) throws IOException, InterruptedException {
        String location = "meeting/" + meetingId;
        JsonNode init = JSON.readTree(get("?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8)
                + "&query="));
        JsonNode config = init.path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asText();
        syncId = uidl.path("syncId").asInt();
        String pushId = uidl.path("Vaadin-Push-ID").asText();
        socket = http.newWebSocketBuilder().header("Cookie", cookies).connectTimeout(TIMEOUT)
                .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId
                        + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                        + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                        + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                        + "&X-Vaadin-LastSeenServerSyncId=0"), this)
                .join();
        try {
            handshake.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("The push connection did not open", e);
        }
        ObjectNode navigate = rpc("event", 1);
        navigate.put("event", "ui-navigate");
        navigate.putObject("data").put("route", "/" + location).put("query", "").put("appShellTitle", "Tashawur")
                .put("trigger", "").putObject("historyState").put("idx", 0);
        JsonNode screen = send(navigate);
        int list = nodeWithTag(screen, "vaadin-virtual-list");
        ObjectNode range = rpc("publishedEventHandler", list);
        range.put("templateEventMethodName", "setViewportRange").put("promise", 0)
                .putArray("templateEventMethodArgs").add(0).add(CARDS_IN_VIEW);
        send(range);
    }

    /** Tells the server the screen is still there, as the browser's client does every heartbeat interval. */
    void heartbeat() throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=heartbeat&v-uiId=" + uiId)).header("Cookie", cookies)
                .timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** When (ms since the epoch, the machine's clock) a push naming edit {@code e} first arrived, or null. */
    Double editSeenAt(int e) {
        return editsSeen.get(Integer.toString(e));
    }

    /** When the last push showing the editing mark arrived (ms since the epoch), or 0. */
    double markSeenAt() {
        return markSeenAt;
    }

    private static int nodeWithTag(JsonNode response, String tag) {
        for (JsonNode change : response.path("changes")) {
            if ("tag".equals(change.path("key").asText()) && tag.equals(change.path("value").asText())) {
                return change.path("node").asInt();
            }
        }
        throw new IllegalStateException("The screen has no " + tag);
    }

    private ObjectNode rpc(String type, int node) {
        ObjectNode call = JsonNodeFactory.instance.objectNode();
        call.put("type", type).put("node", node);
        return call;
    }

    /** One request of Vaadin's client: the call, the last server sync id seen, the next client id. */
    private synchronized JsonNode send(ObjectNode call) throws IOException, InterruptedException {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("csrfToken", csrf);
        ArrayNode calls = body.putArray("rpc");
        calls.add(call);
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Cookie", cookies).header("Content-Type", "application/json; charset=UTF-8").timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        String text = answer.body();
        if (answer.statusCode() != 200 || !text.startsWith("for(;;);")) {
            throw new IOException("The server refused a request (" + answer.statusCode() + "): "
                    + text.substring(0, Math.min(200, text.length())));
        }
        JsonNode message = JSON.readTree(text.substring("for(;;);".length())).path(0);
        syncId = message.path("syncId").asInt(syncId);
        clientId = message.path("clientId").asInt(clientId + 1);
        return message;
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookies).timeout(TIMEOUT)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        double now = Clock.epochMillis();
        synchronized (frames) {
            frames.append(data);
            // Atmosphere frames each message as "length|message" (length in UTF-16 units).
            while (true) {
                int bar = frames.indexOf("|");
                if (bar <= 0) {
                    break;
                }
                int length = Integer.parseInt(frames, 0, bar, 10);
                if (frames.length() < bar + 1 + length) {
                    break;
                }
                received(frames.substring(bar + 1, bar + 1 + length), now);
                frames.delete(0, bar + 1 + length);
            }
        }
        webSocket.request(1);
        return null;
    }

    private void received(String message, double at) {
        if (!handshake.isDone()) {
            handshake.complete(null); // Atmosphere's first message: its tracking id
            return;
        }
        Matcher edit = EDIT.matcher(message);
        while (edit.find()) {
            editsSeen.putIfAbsent(edit.group(1), at);
        }
        if (message.contains("_editing\":\"" + markText)) {
            markSeenAt = at;
        }
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        handshake.completeExceptionally(error);
    }

    /** Leaves as a closed tab does: the screen is told to close, and the push connection ends. */
    @Override
    public void close() {
        try {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("csrfToken", csrf).put("UNLOAD", true).put("syncId", syncId).put("clientId", clientId);
            body.putArray("rpc");
            http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId)).header("Cookie", cookies)
                    .header("Content-Type", "application/json; charset=UTF-8").timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException gone) {
            // the server is going away: nothing to tell it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (socket != null) {
            socket.abort();
        }
    }

    /** The machine's clock in ms since the epoch, to the microsecond where the JDK reads it so. */
    static final class Clock {
        private Clock() {
        }

        static double epochMillis() {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1000.0 + now.getNano() / 1e6;
        }
    }
}
