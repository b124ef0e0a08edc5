package org.tashawur.workspace;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.MeetingAccess;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.Operation;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.ItemChanged.Change;

/** Participants' supports: one per participant per item, counted on the item. */
@Service
@Transactional
public class SupportService {

    private final ItemRepository items;
    private final ItemSupportRepository supports;
    private final ConsultationService consultations;
    private final MeetingAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupportService(ItemRepository items, ItemSupportRepository supports, ConsultationService consultations,
            MeetingAccess access, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.supports = supports;
        this.consultations = consultations;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Gives the participant's support to the item, or takes it back: one support per participant
     * per item, whatever the number of browsers they click from at once (asking twice for the same
     * state changes nothing).
     *
     * @throws NotAllowedException when the meeting's phase does not allow supporting
     * @throws ItemNotFoundException when the item is not a live item of the participant's meeting
     */
    public void setSupport(long itemId, ParticipantRef participant, boolean support) {
        Item item = items.lockPublished(itemId, participant.meetingId());
        access.check(Operation.SUPPORT_ITEM, consultations.phase(item.getMeetingId()), true);
        ItemParticipantKey key = new ItemParticipantKey(itemId, participant.id());
        if (supports.existsById(key) == support) {
            return;
        }
        if (support) {
            supports.save(new ItemSupport(itemId, participant.id(), clock.instant()));
        } else {
            supports.deleteById(key);
        }
        item.supportChanged(support);
        events.publishEvent(ItemChanged.of(item, Change.UPDATED, participant));
    }

    /** The items of the meeting this participant supports, in one query. */
    @Transactional(readOnly = true)
    public Set<Long> supportedBy(ParticipantRef participant) {
        return new HashSet<>(supports.findItemIdsSupportedBy(participant.id(), participant.meetingId()));
    }
}
