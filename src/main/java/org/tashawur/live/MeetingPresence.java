package org.tashawur.live;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.tashawur.participant.ParticipantRef;

/**
 * Who is in each meeting right now, kept once per meeting for the whole server. Every screen
 * hears the first few present and how many there are, not the whole list: with the Collaboration
 * Engine's avatar group each screen held every other participant (memory growing with the square
 * of a meeting's size: about 200 KB per screen at 1,000 participants; see
 * docs/benchmarks/REPORT.md). A participant with two tabs counts once.
 */
@Component
public class MeetingPresence {

    /** How many of those present a screen shows by name. */
    public static final int SHOWN = 8;

    private final Map<Long, Room> rooms = new ConcurrentHashMap<>();
    /** Set when the application stops: the sessions then closed one by one tell nobody. */
    private volatile boolean stopping;

    @PreDestroy
    void stop() {
        stopping = true;
    }

    /** The first {@link #SHOWN} present (earliest first) and how many are present in all. */
    public record Snapshot(List<Present> first, int total) {
    }

    public record Present(long participantId, String name, String abbreviation, int colorIndex) {
    }

    /**
     * Counts the participant in until the returned registration is removed, and calls
     * {@code listener} (from the thread that changed the room) with every new snapshot, this
     * one's included.
     */
    public Registration enter(ParticipantRef participant, Consumer<Snapshot> listener) {
        Room room = rooms.computeIfAbsent(participant.meetingId(), id -> new Room(() -> stopping));
        room.enter(participant, listener);
        return () -> {
            if (room.leave(participant, listener)) {
                rooms.remove(participant.meetingId(), room);
            }
        };
    }

    private static final class Room {

        private final Map<Long, Seat> seats = new LinkedHashMap<>();
        private final List<Consumer<Snapshot>> listeners = new ArrayList<>();
        private final BooleanSupplier stopping;

        Room(BooleanSupplier stopping) {
            this.stopping = stopping;
        }

        void enter(ParticipantRef participant, Consumer<Snapshot> listener) {
            List<Consumer<Snapshot>> notify;
            Snapshot snapshot;
            synchronized (this) {
                seats.computeIfAbsent(participant.id(), id -> new Seat(new Present(participant.id(),
                        participant.displayName(), LiveUsers.initials(participant.displayName()),
                        (int) (participant.id() % 7)))).connections++;
                listeners.add(listener);
                snapshot = snapshot();
                notify = List.copyOf(listeners);
            }
            notify.forEach(l -> l.accept(snapshot));
        }

        /** @return whether the room is empty now */
        boolean leave(ParticipantRef participant, Consumer<Snapshot> listener) {
            List<Consumer<Snapshot>> notify;
            Snapshot snapshot;
            boolean empty;
            synchronized (this) {
                listeners.remove(listener);
                Seat seat = seats.get(participant.id());
                if (seat != null && --seat.connections <= 0) {
                    seats.remove(participant.id());
                }
                snapshot = snapshot();
                notify = List.copyOf(listeners);
                empty = listeners.isEmpty();
            }
            if (!stopping.getAsBoolean()) {
                notify.forEach(l -> l.accept(snapshot));
            }
            return empty;
        }

        private Snapshot snapshot() {
            List<Present> first = new ArrayList<>(SHOWN);
            for (Seat seat : seats.values()) {
                if (first.size() == SHOWN) {
                    break;
                }
                first.add(seat.present);
            }
            return new Snapshot(List.copyOf(first), seats.size());
        }
    }

    private static final class Seat {
        private final Present present;
        private int connections;

        Seat(Present present) {
            this.present = present;
        }
    }
}
