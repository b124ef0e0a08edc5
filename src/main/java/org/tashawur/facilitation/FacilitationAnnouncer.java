package org.tashawur.facilitation;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tashawur.consultation.DiscussingChanged;
import org.tashawur.consultation.PhaseChanged;
import org.tashawur.consultation.SettingsChanged;
import org.tashawur.live.MeetingSignals;

/** Tells every screen of a meeting its new phase, the item now discussed, or its new settings, after commit. */
@Component
class FacilitationAnnouncer {

    private final MeetingSignals signals;
    private final Clock clock;

    FacilitationAnnouncer(MeetingSignals signals, Clock clock) {
        this.signals = signals;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void announce(SettingsChanged changed) {
        signals.publish(changed.settings().meetingId(), SettingsSignal.CHANNEL, SettingsSignal.KEY,
                SettingsSignal.of(changed.settings(), clock.millis()));
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
