package org.tashawur.workspace;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tashawur.base.InvalidInputException;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.MeetingAccess;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.Operation;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;
import org.tashawur.workspace.ItemChanged.Change;

/** Dot voting in the prioritisation phase: a budget per participant, a tally per item. */
@Service
@Transactional
public class DotVoteService {

    private final ItemRepository items;
    private final DotVoteRepository dots;
    private final ParticipantService participants;
    private final ConsultationService consultations;
    private final MeetingAccess access;
    private final ApplicationEventPublisher events;

    DotVoteService(ItemRepository items, DotVoteRepository dots, ParticipantService participants,
            ConsultationService consultations, MeetingAccess access, ApplicationEventPublisher events) {
        this.items = items;
        this.dots = dots;
        this.participants = participants;
        this.consultations = consultations;
        this.access = access;
        this.events = events;
    }

    /**
     * Puts {@code count} of the participant's dots on the item (0 takes them all back). The
     * participant's row is locked first, so two browsers of one person vote one after the other
     * and the budget can never be exceeded; the item's row second, for its tally.
     *
     * @return the dots the participant has left to spend
     * @throws InvalidInputException over {@value DotVote#MAX_PER_ITEM} on one item, or over budget
     * @throws NotAllowedException outside the prioritisation phase
     */
    public int setDots(long itemId, ParticipantRef voter, int count) {
        participants.lockForUpdate(voter.id());
        Item item = items.lockPublished(itemId, voter.meetingId());
        access.check(Operation.VOTE, consultations.phase(item.getMeetingId()), true);
        if (count < 0 || count > DotVote.MAX_PER_ITEM) {
            throw new InvalidInputException("validation.dots.perItem");
        }
        Map<Long, Integer> mine = dotsOf(voter);
        int current = mine.getOrDefault(itemId, 0);
        int elsewhere = mine.values().stream().mapToInt(Integer::intValue).sum() - current;
        int budget = consultations.dotBudget(voter.meetingId());
        if (elsewhere + count > budget) {
            throw new InvalidInputException("validation.dots.budget");
        }
        if (count != current) {
            ItemParticipantKey key = new ItemParticipantKey(itemId, voter.id());
            if (count == 0) {
                dots.deleteById(key);
            } else {
                DotVote vote = dots.findById(key).orElseGet(() -> new DotVote(itemId, voter.id(), count));
                vote.setDots(count);
                dots.save(vote);
            }
            item.dotsChanged(count - current);
            events.publishEvent(ItemChanged.of(item, Change.UPDATED, voter));
        }
        return budget - elsewhere - count;
    }

    /** The participant's dots by item, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> dotsOf(ParticipantRef voter) {
        Map<Long, Integer> mine = new HashMap<>();
        for (Object[] row : dots.findByParticipant(voter.id(), voter.meetingId())) {
            mine.put((Long) row[0], (Integer) row[1]);
        }
        return mine;
    }
}
