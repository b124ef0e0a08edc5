package org.tashawur.workspace;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tashawur.base.InvalidInputException;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.MeetingAccess;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.Operation;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.ItemChanged.Change;

/** The discussion of each item: comments in order, counted on the item. */
@Service
@Transactional
public class CommentService {

    private final ItemRepository items;
    private final ItemCommentRepository comments;
    private final ConsultationService consultations;
    private final MeetingAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(ItemRepository items, ItemCommentRepository comments, ConsultationService consultations,
            MeetingAccess access, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.comments = comments;
        this.consultations = consultations;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds a comment to the item; everyone with the item open sees it at once.
     *
     * @throws InvalidInputException for a blank or too long comment
     * @throws NotAllowedException in preparation or once the meeting is closed
     */
    public void comment(long itemId, String body, ParticipantRef author) {
        Item item = items.lockPublished(itemId, author.meetingId());
        access.check(Operation.COMMENT, consultations.phase(item.getMeetingId()), true);
        comments.save(new ItemComment(itemId, author, body, clock.instant()));
        item.commented();
        events.publishEvent(ItemChanged.of(item, Change.UPDATED, author));
    }

    /** The item's comments, oldest first. */
    @Transactional(readOnly = true)
    public List<CommentInfo> comments(long itemId) {
        return comments.findByItemIdOrderByCreatedAtAscIdAsc(itemId).stream().map(ItemComment::toInfo).toList();
    }
}
