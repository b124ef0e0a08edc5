package org.tashawur.workspace;

import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tashawur.live.MeetingSignals;

/**
 * Tells every screen of the meeting about a change once its transaction has committed, so that a
 * screen never shows what the database might still roll back.
 */
@Component
class ItemChangeAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(ItemChangeAnnouncer.class);

    private final MeetingSignals signals;
    private final ItemService items;
    private final Clock clock;

    ItemChangeAnnouncer(MeetingSignals signals, ItemService items, Clock clock) {
        this.signals = signals;
        this.items = items;
        this.clock = clock;
    }

    /** Runs after the commit, in a read-only transaction of its own for the counts. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    void announce(ItemChanged changed) {
        log.debug("Announcing item {} version {}", changed.itemId(), changed.version());
        signals.publish(changed.meetingId(), ItemSignal.CHANNEL, Long.toString(changed.itemId()),
                ItemSignal.of(changed, clock.millis(),
                        changed.countsChanged() ? items.countByKind(changed.meetingId()) : Map.of(),
                        changed.countsChanged() ? items.moderationCounts(changed.meetingId()) : null));
    }
}
