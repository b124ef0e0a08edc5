package org.tashawur.facilitation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tashawur.consultation.PhaseChanged;
import org.tashawur.live.MeetingSignals;

/** Tells every screen of a meeting its new phase, after the change has committed. */
@Component
class PhaseAnnouncer {

    private final MeetingSignals signals;

    PhaseAnnouncer(MeetingSignals signals) {
        this.signals = signals;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void announce(PhaseChanged changed) {
        signals.publish(changed.meetingId(), PhaseSignal.CHANNEL, PhaseSignal.KEY, new PhaseSignal(changed.phase().name()));
    }
}
