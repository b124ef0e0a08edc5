package org.tashawur.workspace.ui;

import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.tashawur.live.MeetingSignals;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.ItemSignal;

/** Lets a screen hear of every item change of its meeting committed after it opened. */
@Component
class ItemSignals {

    private final MeetingSignals signals;
    private final Clock clock;

    ItemSignals(MeetingSignals signals, Clock clock) {
        this.signals = signals;
        this.clock = clock;
    }

    /**
     * Subscribes {@code listener} for as long as {@code owner} is attached. Call it before the
     * screen reads the list, so that no change falls between the read and the subscription.
     */
    Registration subscribe(com.vaadin.flow.component.Component owner, ParticipantRef me, Consumer<ItemSignal> listener) {
        long openedAt = clock.millis();
        return signals.subscribe(owner, me, me.meetingId(), ItemSignal.CHANNEL, ItemSignal.class, (key, signal) -> {
            if (signal.committedAt() >= openedAt) {
                listener.accept(signal);
            }
        });
    }
}
