package org.tashawur.participant;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
        return joinWithRejoinKey(meetingId, displayName, organisation, group).participant();
    }

    /**
     * Joins like {@link #join} and also returns a rejoin key for the browser to keep: with it,
     * {@link #rejoin} finds the same participant again. Only the key's hash is stored.
     */
    public Joined joinWithRejoinKey(long meetingId, String displayName, String organisation,
            StakeholderGroup group) {
        Participant participant = new Participant(meetingId, displayName, organisation, group, clock.instant());
        String token = RejoinKeys.newToken();
        participant.setRejoinTokenHash(RejoinKeys.hash(token));
        ParticipantRef ref = participants.save(participant).toRef();
        return new Joined(ref, ref.id() + "." + token);
    }

    /** The participant of this meeting that {@code rejoinKey} was given to, if it is genuine. */
    @Transactional(readOnly = true)
    public Optional<ParticipantRef> rejoin(long meetingId, String rejoinKey) {
        int dot = rejoinKey.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(rejoinKey.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String token = rejoinKey.substring(dot + 1);
        return participants.findById(id)
                .filter(p -> p.getMeetingId() == meetingId)
                .filter(p -> RejoinKeys.matches(token, p.getRejoinTokenHash()))
                .map(Participant::toRef);
    }

    /**
     * Locks the participant's row until the caller's transaction ends, so that everything one
     * participant does that must add up (their dot budget) happens one request at a time, however
     * many browsers they use. Must be called inside a transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForUpdate(long participantId) {
        participants.lockById(participantId);
    }

    /** A new participant and the key their browser keeps to come back as them. */
    public record Joined(ParticipantRef participant, String rejoinKey) {
    }

    /** How many people joined the meeting, per stakeholder group (every group present, zero or not). */
    @Transactional(readOnly = true)
    public java.util.Map<StakeholderGroup, Long> countByGroup(long meetingId) {
        java.util.Map<StakeholderGroup, Long> counts = new java.util.EnumMap<>(StakeholderGroup.class);
        for (StakeholderGroup group : StakeholderGroup.values()) {
            counts.put(group, 0L);
        }
        for (Object[] row : participants.countByGroup(meetingId)) {
            counts.put((StakeholderGroup) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public Optional<ParticipantRef> find(long participantId) {
        return participants.findById(participantId).map(Participant::toRef);
    }

    /** The participants of these ids that exist, by id, read in one query. */
    @Transactional(readOnly = true)
    public Map<Long, ParticipantRef> find(Collection<Long> participantIds) {
        return participants.findAllById(participantIds).stream().map(Participant::toRef)
                .collect(Collectors.toMap(ParticipantRef::id, Function.identity()));
    }
}
