package org.tashawur.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tashawur.base.InvalidInputException;
import org.tashawur.consultation.AuditLog;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.MeetingAccess;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.Operation;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;

/**
 * Keeping the list clean: approving what waits under pre-moderation, hiding with a reason (the
 * item stays in the database, its author still sees it and why), showing it again, and the
 * participants' reports. Every step is a revision of the item and an entry of the audit log.
 */
@Service
@Transactional
public class ModerationService {

    private final ItemRepository items;
    private final ItemRevisionRepository revisions;
    private final ItemReportRepository reports;
    private final ParticipantService participants;
    private final ConsultationService consultations;
    private final MeetingAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationService(ItemRepository items, ItemRevisionRepository revisions, ItemReportRepository reports,
            ParticipantService participants, ConsultationService consultations, MeetingAccess access, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.revisions = revisions;
        this.reports = reports;
        this.participants = participants;
        this.consultations = consultations;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes an item waiting for approval: it appears on every screen.
     *
     * @throws InvalidInputException when the item is not waiting (already approved, hidden...)
     */
    public ItemSummary approve(long itemId, ParticipantRef facilitator) {
        Item item = lockForModeration(itemId, facilitator);
        if (item.getStatus() != ItemStatus.PENDING) {
            throw new InvalidInputException("moderation.notPending");
        }
        audit.record(item.getMeetingId(), "APPROVE", item.getTitle(), null, null);
        item.publish();
        return changed(item, ItemStatus.PENDING, null, facilitator);
    }

    /**
     * Hides an item from the participants with a reason its author reads. Its row, its revisions
     * and its counts stay; {@link #unhide} brings it back as it was.
     *
     * @throws InvalidInputException for a blank or too long reason, or a merged original
     */
    public ItemSummary hide(long itemId, String reason, ParticipantRef facilitator) {
        Item item = lockForModeration(itemId, facilitator);
        ItemStatus before = item.getStatus();
        if (before == ItemStatus.MERGED) {
            throw new InvalidInputException("moderation.mergedReadOnly");
        }
        item.hide(reason);
        audit.record(item.getMeetingId(), "HIDE", item.getTitle(), before.name(), reason);
        return changed(item, before, reason, facilitator);
    }

    /** Shows a hidden item to everyone again. */
    public ItemSummary unhide(long itemId, ParticipantRef facilitator) {
        Item item = lockForModeration(itemId, facilitator);
        if (item.getStatus() != ItemStatus.HIDDEN) {
            throw new InvalidInputException("moderation.notHidden");
        }
        audit.record(item.getMeetingId(), "UNHIDE", item.getTitle(), ItemStatus.HIDDEN.name(), ItemStatus.PUBLISHED.name());
        item.publish();
        return changed(item, ItemStatus.HIDDEN, null, facilitator);
    }

    /**
     * Reports a published item to the facilitators: once per participant (reporting again
     * changes nothing), with an optional reason.
     *
     * @throws NotAllowedException once the meeting is closed
     */
    public void report(long itemId, String reason, ParticipantRef participant) {
        Item item = items.lockPublished(itemId, participant.meetingId());
        access.check(Operation.REPORT_ITEM, consultations.phase(item.getMeetingId()), true);
        ItemParticipantKey key = new ItemParticipantKey(itemId, participant.id());
        if (reports.existsById(key)) {
            return;
        }
        reports.save(new ItemReport(itemId, participant.id(), reason, clock.instant()));
        item.reported(1);
        events.publishEvent(ItemChanged.ofRecount(item, participant));
    }

    /** The items of the meeting this participant has reported. */
    @Transactional(readOnly = true)
    public Set<Long> reportedBy(ParticipantRef participant) {
        return new HashSet<>(reports.findItemIdsReportedBy(participant.id(), participant.meetingId()));
    }

    /** Who reported the item and why, oldest first: facilitators only. */
    @Transactional(readOnly = true)
    public List<ReportInfo> reports(long itemId, ParticipantRef facilitator) {
        Item item = items.findById(itemId).filter(i -> i.getMeetingId() == facilitator.meetingId())
                .orElseThrow(() -> new ItemNotFoundException(itemId));
        access.check(Operation.MODERATE, consultations.phase(item.getMeetingId()), true);
        List<ItemReport> itemReports = reports.findByItem(itemId);
        Map<Long, ParticipantRef> reporters = participants.find(
                itemReports.stream().map(ItemReport::getParticipantId).collect(Collectors.toSet()));
        return itemReports.stream()
                .map(r -> new ReportInfo(Optional.ofNullable(reporters.get(r.getParticipantId()))
                        .map(ParticipantRef::displayName).orElse("?"), r.getReason(), r.getCreatedAt()))
                .toList();
    }

    /** Closes the item's reports without hiding it (they were unfounded). */
    public ItemSummary dismissReports(long itemId, ParticipantRef facilitator) {
        Item item = lockForModeration(itemId, facilitator);
        int dismissed = reports.deleteByItem(itemId);
        if (dismissed > 0) {
            audit.record(item.getMeetingId(), "DISMISS_REPORTS", item.getTitle(), Integer.toString(dismissed), "0");
            item.reported(-dismissed);
            item.touch(clock.instant());
            events.publishEvent(ItemChanged.ofModeration(item, facilitator));
        }
        return item.toSummary();
    }

    /** How many items wait for approval and how many are reported: facilitators only. */
    @Transactional(readOnly = true)
    public ModerationCounts counts(long meetingId) {
        access.check(Operation.MODERATE, consultations.phase(meetingId), true);
        return items.moderationCounts(meetingId);
    }

    private Item lockForModeration(long itemId, ParticipantRef facilitator) {
        Item item = items.lockLive(itemId, facilitator.meetingId());
        access.check(Operation.MODERATE, consultations.phase(item.getMeetingId()), true);
        return item;
    }

    private ItemSummary changed(Item item, ItemStatus before, @Nullable String reason, ParticipantRef facilitator) {
        Instant now = clock.instant();
        long version = item.touch(now);
        revisions.save(new ItemRevision(item.getId(), version, ItemRevision.STATUS, before.name(),
                item.getStatus().name(), facilitator.id(), facilitator.displayName(), now));
        if (reason != null) {
            revisions.save(new ItemRevision(item.getId(), version, ItemRevision.HIDDEN_REASON, null, reason,
                    facilitator.id(), facilitator.displayName(), now));
        }
        events.publishEvent(ItemChanged.ofModeration(item, facilitator));
        return item.toSummary();
    }
}
