package org.tashawur.workspace;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tashawur.live.MeetingSignals;

/**
 * Tells every screen of the meeting about a change once its transaction has committed, so that a
 * screen never shows what the database might still roll back.
 */
@Component
class ItemChangeAnnouncer {

    private final MeetingSignals signals;
    private final Clock clock;

    ItemChangeAnnouncer(MeetingSignals signals, Clock clock) {
        this.signals = signals;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void announce(ItemChanged changed) {
        signals.publish(changed.meetingId(), Long.toString(changed.itemId()),
                ItemSignal.of(changed, clock.millis()));
    }
}
