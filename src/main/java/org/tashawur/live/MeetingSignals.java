package org.tashawur.live;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMap;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tashawur.participant.ParticipantRef;

/**
 * Carries small "this changed" signals to every screen of a meeting, on named channels (one per
 * kind of signal). A signal is a value under a key (one key per item, say): a screen that
 * subscribes to a channel gets every later value, on its UI thread.
 * Signals say what the database already holds; they are never the only copy of anything.
 */
@Component
public class MeetingSignals implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MeetingSignals.class);

    private volatile @Nullable VaadinService service;
    private final Map<String, CompletableFuture<CollaborationMap>> publishers = new ConcurrentHashMap<>();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        service = event.getSource();
        publishers.clear();
    }

    /**
     * Announces a value to every screen of the meeting. Safe from any thread; does nothing when
     * no Vaadin service runs (then no screen can listen).
     */
    public void publish(long meetingId, String channel, String key, Object value) {
        VaadinService current = service;
        if (current == null) {
            log.debug("No Vaadin service yet; signal {} of meeting {} has no listener", key, meetingId);
            return;
        }
        publishers.computeIfAbsent(meetingId + "/" + channel, id -> open(current, meetingId, channel, id))
                .thenAccept(map -> map.put(key, value));
    }

    /**
     * Calls {@code listener} on the owner's UI thread with every signal of the meeting, as long
     * as the owner is attached. Signals already there when it subscribes are replayed too.
     */
    public <T> Registration subscribe(com.vaadin.flow.component.Component owner, ParticipantRef me, long meetingId,
            String channel, Class<T> type, BiConsumer<String, T> listener) {
        return CollaborationEngine.getInstance().openTopicConnection(owner, LiveTopics.meeting(meetingId),
                LiveUsers.of(me), connection -> connection.getNamedMap(channel).subscribe(event -> {
                    T value = event.getValue(type);
                    if (value != null) {
                        listener.accept(event.getKey(), value);
                    }
                }));
    }

    /**
     * Like {@link #subscribe}, for a screen that reads a meeting without taking part in it (the
     * follow-up page of a reviewer or of the public): it is never shown as present.
     */
    public <T> Registration subscribeAsReader(com.vaadin.flow.component.Component owner, long meetingId,
            String channel, Class<T> type, BiConsumer<String, T> listener) {
        return CollaborationEngine.getInstance().openTopicConnection(owner, LiveTopics.meeting(meetingId),
                new com.vaadin.collaborationengine.UserInfo("reader-" + java.util.UUID.randomUUID()),
                connection -> connection.getNamedMap(channel).subscribe(event -> {
                    T value = event.getValue(type);
                    if (value != null) {
                        listener.accept(event.getKey(), value);
                    }
                }));
    }

    private CompletableFuture<CollaborationMap> open(VaadinService vaadinService, long meetingId, String channel,
            String publisherKey) {
        CompletableFuture<CollaborationMap> map = new CompletableFuture<>();
        CollaborationEngine engine = CollaborationEngine.getInstance(vaadinService);
        engine.openTopicConnection(engine.getSystemContext(), LiveTopics.meeting(meetingId), LiveUsers.SYSTEM,
                connection -> {
                    map.complete(connection.getNamedMap(channel));
                    return () -> publishers.remove(publisherKey, map);
                });
        return map;
    }
}
