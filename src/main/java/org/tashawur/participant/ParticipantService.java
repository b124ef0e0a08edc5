package org.tashawur.participant;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tashawur.consultation.StakeholderGroup;

/** Lets a guest join a meeting under a name, an organisation and a stakeholder group. */
@Service
@Transactional
public class ParticipantService {

    private final ParticipantRepository participants;
    private final Clock clock;

    ParticipantService(ParticipantRepository participants, Clock clock) {
        this.participants = participants;
        this.clock = clock;
    }

    /**
     * Records a new participant of the meeting.
     *
     * @throws org.tashawur.base.InvalidInputException when the name or organisation is blank or
     *     too long
     */
    public ParticipantRef join(long meetingId, String displayName, String organisation,
            StakeholderGroup group) {
        return participants.save(new Participant(meetingId, displayName, organisation, group,
                clock.instant())).toRef();
    }

    @Transactional(readOnly = true)
    public Optional<ParticipantRef> find(long participantId) {
        return participants.findById(participantId).map(Participant::toRef);
    }
}
