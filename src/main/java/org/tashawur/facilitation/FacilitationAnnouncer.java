package org.tashawur.facilitation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tashawur.consultation.DiscussingChanged;
import org.tashawur.consultation.PhaseChanged;
import org.tashawur.live.MeetingSignals;

/** Tells every screen of a meeting its new phase, or the item now discussed, after commit. */
@Component
class FacilitationAnnouncer {

    private final MeetingSignals signals;

    FacilitationAnnouncer(MeetingSignals signals) {
        this.signals = signals;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void announce(DiscussingChanged changed) {
        Long itemId = changed.itemId();
        signals.publish(changed.meetingId(), DiscussingSignal.CHANNEL, DiscussingSignal.KEY,
                new DiscussingSignal(itemId == null ? 0 : itemId));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void announce(PhaseChanged changed) {
        signals.publish(changed.meetingId(), PhaseSignal.CHANNEL, PhaseSignal.KEY, new PhaseSignal(changed.phase().name()));
    }
}
