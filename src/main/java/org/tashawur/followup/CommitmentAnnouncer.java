package org.tashawur.followup;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tashawur.live.MeetingSignals;

/** Tells every follow-up screen of a meeting that a commitment changed, once committed. */
@Component
class CommitmentAnnouncer {

    private final MeetingSignals signals;

    CommitmentAnnouncer(MeetingSignals signals) {
        this.signals = signals;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void announce(CommitmentChanged changed) {
        signals.publish(changed.meetingId(), CommitmentSignal.CHANNEL, Long.toString(changed.commitmentId()),
                new CommitmentSignal(changed.commitmentId(), changed.version()));
    }
}
