package org.tashawur.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tashawur.base.InvalidInputException;
import org.tashawur.base.text.Similarity;
import org.tashawur.base.text.TextKey;
import org.tashawur.consultation.AuditLog;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.MeetingAccess;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.Operation;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.ItemChanged.Change;

/**
 * The only writer of a meeting's shared list. Every change is one transaction that stores the
 * new value, writes a revision and bumps the item's version; other screens hear of it after
 * commit. A change based on a value that is no longer the stored one is refused, never applied.
 */
@Service
@Transactional
public class ItemService {

    private final ItemRepository items;
    private final ItemRevisionRepository revisions;

    private final ConsultationService consultations;
    private final MeetingAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ItemService(ItemRepository items, ItemRevisionRepository revisions,
            ConsultationService consultations, MeetingAccess access, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.revisions = revisions;

        this.consultations = consultations;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** @throws NotAllowedException when the meeting's phase or the author's role does not allow it */
    public ItemSummary create(ItemKind kind, String title, String details, @Nullable Long themeId,
            ParticipantRef author) {
        access.check(Operation.ADD_ITEM, consultations.phase(author.meetingId()), true);
        checkTheme(author.meetingId(), themeId);
        Instant now = clock.instant();
        ItemStatus status = !access.isStaff() && consultations.settings(author.meetingId()).premoderation()
                ? ItemStatus.PENDING : ItemStatus.PUBLISHED;
        Item item = items.save(new Item(author.meetingId(), kind, title, details, themeId, author, now, status));
        for (ItemField field : ItemField.values()) {
            String value = field.read(item);
            if (!value.isEmpty()) {
                revisions.save(new ItemRevision(item.getId(), item.getVersion(), field.name(), null,
                        value, author.id(), author.displayName(), now));
            }
        }
        ItemSummary summary = item.toSummary();
        announce(item, Change.CREATED, author);
        return summary;
    }

    /**
     * Writes one field. {@code baseValue} is the value the editor's screen showed before the
     * user changed it: when the stored value is no longer that one (and is not already the new
     * value), nothing is written and the outcome is a {@link SaveOutcome.Conflict}.
     *
     * @throws InvalidInputException when the new value breaks a rule (blank title, too long...)
     * @throws ItemNotFoundException when the item is not one of the editor's meeting
     */
    public SaveOutcome update(long itemId, ItemField field, String baseValue, String newValue,
            ParticipantRef editor) {
        Item item = items.findForUpdate(itemId)
                .filter(i -> i.getMeetingId() == editor.meetingId())
                .orElseThrow(() -> new ItemNotFoundException(itemId));
        if (item.isDeleted()) {
            return new SaveOutcome.Deleted(item.getDeletedBy());
        }
        checkWritable(item, editor);
        access.check(Operation.EDIT_ITEM, consultations.phase(item.getMeetingId()), true);
        String stored = field.read(item);
        if (stored.equals(newValue)) {
            return new SaveOutcome.Saved(item.toSummary());
        }
        if (!stored.equals(baseValue)) {
            return new SaveOutcome.Conflict(field, stored, newValue, item.toSummary());
        }
        writeRevised(item, field, stored, newValue, editor);
        return new SaveOutcome.Saved(item.toSummary());
    }

    /** Writes a field as a new version with its revision, and tells the other screens after commit. */
    private void writeRevised(Item item, ItemField field, String stored, String value, ParticipantRef actor) {
        write(item, field, value);
        Instant now = clock.instant();
        long version = item.touch(now);
        revisions.save(new ItemRevision(item.getId(), version, field.name(), stored, value, actor.id(),
                actor.displayName(), now));
        events.publishEvent(ItemChanged.ofEdit(item, field, actor));
    }

    /** Deletes an item from the list; the row and its revisions stay for history. */
    public void delete(long itemId, ParticipantRef actor) {
        Item item = items.findForUpdate(itemId)
                .filter(i -> i.getMeetingId() == actor.meetingId())
                .orElseThrow(() -> new ItemNotFoundException(itemId));
        if (item.isDeleted()) {
            return;
        }
        checkWritable(item, actor);
        access.check(Operation.DELETE_ITEM, consultations.phase(item.getMeetingId()), true);
        if (access.isStaff()) {
            audit.record(item.getMeetingId(), "DELETE", item.getTitle(), item.getDetails(), null);
        }
        Instant now = clock.instant();
        item.markDeleted(now, actor.displayName());
        long version = item.touch(now);
        revisions.save(new ItemRevision(itemId, version, ItemRevision.DELETED, null, null, actor.id(),
                actor.displayName(), now));
        announce(item, Change.DELETED, actor);
    }

    /**
     * Gives (or revises) the official answer to a proposal: a status and a text, each change kept
     * as a revision. Facilitators and administrators only, in any phase.
     *
     * @throws NotAllowedException for anyone else
     * @throws InvalidInputException for an expectation (only proposals are answered) or a text
     *     over the limit
     */
    public ItemSummary answer(long itemId, AnswerStatus status, String text, ParticipantRef facilitator) {
        Item item = items.lockLive(itemId, facilitator.meetingId());
        access.check(Operation.ANSWER_ITEM, consultations.phase(item.getMeetingId()), true);
        if (item.getKind() != ItemKind.PROPOSAL) {
            throw new InvalidInputException("validation.answer.proposalsOnly");
        }
        AnswerStatus oldStatus = item.getAnswerStatus();
        String oldText = item.getAnswerText();
        if (oldStatus == status && oldText.equals(text)) {
            return item.toSummary();
        }
        item.answer(status, text);
        Instant now = clock.instant();
        long version = item.touch(now);
        audit.record(item.getMeetingId(), "ANSWER", item.getTitle(), oldStatus.name() + " · " + oldText,
                status.name() + " · " + text);
        if (oldStatus != status) {
            revisions.save(new ItemRevision(itemId, version, ItemRevision.ANSWER_STATUS, oldStatus.name(), status.name(),
                    facilitator.id(), facilitator.displayName(), now));
        }
        if (!oldText.equals(text)) {
            revisions.save(new ItemRevision(itemId, version, ItemRevision.ANSWER_TEXT, oldText, text,
                    facilitator.id(), facilitator.displayName(), now));
        }
        ItemSummary summary = item.toSummary();
        announce(item, Change.UPDATED, facilitator);
        return summary;
    }

    /**
     * Puts one of the meeting's live items up for discussion on every screen ({@code null}: none).
     *
     * @throws NotAllowedException unless the caller is a facilitator or administrator
     * @throws ItemNotFoundException when the item is not a live item of the caller's meeting
     */
    public void discuss(@Nullable Long itemId, ParticipantRef facilitator) {
        String title = itemId == null ? "" : items.findById(itemId)
                .filter(i -> i.getMeetingId() == facilitator.meetingId() && !i.isDeleted()
                        && i.getStatus() == ItemStatus.PUBLISHED)
                .orElseThrow(() -> new ItemNotFoundException(itemId)).getTitle();
        consultations.discuss(facilitator.meetingId(), itemId);
        audit.record(facilitator.meetingId(), itemId == null ? "DISCUSS_END" : "DISCUSS", title, null, null);
    }

    /** A published item: what anyone may see. */
    @Transactional(readOnly = true)
    public Optional<ItemSummary> find(long itemId) {
        return items.findById(itemId).filter(i -> !i.isDeleted() && i.getStatus() == ItemStatus.PUBLISHED)
                .map(Item::toSummary);
    }

    /** An item of the viewer's meeting as the viewer may see it: published, or their own, or any for staff. */
    @Transactional(readOnly = true)
    public Optional<ItemSummary> find(long itemId, ParticipantRef viewer) {
        boolean staff = access.isStaff();
        return items.findById(itemId)
                .filter(i -> !i.isDeleted() && i.getMeetingId() == viewer.meetingId() && visible(i, viewer.id(), staff))
                .map(Item::toSummary);
    }

    /**
     * Every published item of the meeting, by kind, then most dots and supports first: what a
     * report or an export holds (never what waits for approval, is hidden or was merged).
     */
    @Transactional(readOnly = true)
    public List<ItemSummary> published(long meetingId) {
        return items.findPublished(meetingId).stream().map(Item::toSummary).toList();
    }

    /** One page of the items the query's viewer may see. */
    @Transactional(readOnly = true)
    public List<ItemSummary> list(ItemQuery query, Pageable page) {
        boolean staff = access.isStaff();
        boolean reported = query.scope() == ItemQuery.Scope.REPORTED;
        List<Item> found = query.byDots()
                ? items.findPageByDots(query.meetingId(), query.kind(), query.viewerId(), staff, query.scope().status(),
                        reported, query.themeId(), query.group(), query.likePattern(), page)
                : items.findPage(query.meetingId(), query.kind(), query.viewerId(), staff, query.scope().status(),
                        reported, query.themeId(), query.group(), query.likePattern(), page);
        return found.stream().map(Item::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public long count(ItemQuery query) {
        return items.countMatching(query.meetingId(), query.kind(), query.viewerId(), access.isStaff(),
                query.scope().status(), query.scope() == ItemQuery.Scope.REPORTED, query.themeId(), query.group(),
                query.likePattern());
    }

    /** How many live items each part of the meeting's list holds, in one query. */
    @Transactional(readOnly = true)
    public Map<ItemKind, Long> countByKind(long meetingId) {
        Map<ItemKind, Long> counts = new EnumMap<>(ItemKind.class);
        for (ItemKind kind : ItemKind.values()) {
            counts.put(kind, 0L);
        }
        for (Object[] row : items.countByKind(meetingId)) {
            counts.put((ItemKind) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** What waits for the facilitators, for the announcer (which counts once for every screen). */
    @Transactional(readOnly = true)
    ModerationCounts moderationCounts(long meetingId) {
        return items.moderationCounts(meetingId);
    }

    /**
     * The published items of the meeting whose title reads like {@code text} (Arabic spelling variants,
     * accents and case ignored), most alike first: shown while someone types a new item so that
     * duplicates are caught before they are added.
     */
    @Transactional(readOnly = true)
    public List<SimilarItem> similarTo(long meetingId, String text, int limit) {
        if (TextKey.of(text).length() < SimilarItem.MIN_KEY_LENGTH) {
            return List.of();
        }
        return items.findTitles(meetingId, 0, false).stream()
                .map(row -> new SimilarItem((Long) row[0], (ItemKind) row[1], (String) row[2],
                        Similarity.of(text, (String) row[2])))
                .filter(s -> s.score() >= SimilarItem.THRESHOLD)
                .sorted(Comparator.comparingDouble(SimilarItem::score).reversed())
                .limit(limit)
                .toList();
    }

    /**
     * Brings one field of an item back to the value a revision gave it. The restore is itself a
     * new revision (and an audit entry), so nothing is ever lost, and other screens see it live.
     *
     * @throws NotAllowedException unless a facilitator or administrator asks, before closing
     * @throws InvalidInputException when the revision is not one of the item's field values
     */
    public SaveOutcome restore(long itemId, long revisionId, ParticipantRef facilitator) {
        Item item = items.lockLive(itemId, facilitator.meetingId());
        access.check(Operation.RESTORE_ITEM, consultations.phase(item.getMeetingId()), true);
        RevisionInfo revision = revisions.findById(revisionId).map(ItemRevision::toInfo)
                .filter(r -> r.itemId() == itemId && r.restorable())
                .orElseThrow(() -> new InvalidInputException("history.notRestorable"));
        if (item.getStatus() == ItemStatus.MERGED) {
            throw new NotAllowedException("moderation.mergedReadOnly");
        }
        ItemField field = ItemField.valueOf(revision.field());
        String stored = field.read(item);
        String restored = java.util.Objects.requireNonNull(revision.newValue());
        if (stored.equals(restored)) {
            return new SaveOutcome.Saved(item.toSummary());
        }
        writeRevised(item, field, stored, restored, facilitator);
        audit.record(item.getMeetingId(), "RESTORE", item.getTitle(), stored, restored);
        return new SaveOutcome.Saved(item.toSummary());
    }

    /** The item's history, oldest first; only for a viewer who may see the item. */
    @Transactional(readOnly = true)
    public List<RevisionInfo> history(long itemId, ParticipantRef viewer) {
        if (find(itemId, viewer).isEmpty()) {
            throw new ItemNotFoundException(itemId);
        }
        return revisions(itemId);
    }

    @Transactional(readOnly = true)
    public List<RevisionInfo> revisions(long itemId) {
        return revisions.findByItemIdOrderByItemVersionAscIdAsc(itemId).stream()
                .map(ItemRevision::toInfo).toList();
    }

    /**
     * A participant changes only what they can see; hidden items only facilitators, merged
     * originals nobody (they are undone, not edited).
     */
    private void checkWritable(Item item, ParticipantRef who) {
        boolean staff = access.isStaff();
        if (!visible(item, who.id(), staff)) {
            throw new ItemNotFoundException(item.getId());
        }
        if (item.getStatus() == ItemStatus.MERGED) {
            throw new NotAllowedException("moderation.mergedReadOnly");
        }
        if (item.getStatus() == ItemStatus.HIDDEN && !staff) {
            throw new NotAllowedException("moderation.hiddenReadOnly");
        }
    }

    static boolean visible(Item item, long viewerId, boolean staff) {
        return item.getStatus().visibleTo(staff, item.getAuthorId() == viewerId);
    }

    private void write(Item item, ItemField field, String value) {
        switch (field) {
            case TITLE -> item.setTitle(value);
            case DETAILS -> item.setDetails(value);
            case KIND -> item.setKind(parseKind(value));
            case THEME -> {
                Long themeId = parseTheme(value);
                checkTheme(item.getMeetingId(), themeId);
                item.setThemeId(themeId);
            }
        }
    }

    private void checkTheme(long meetingId, @Nullable Long themeId) {
        if (themeId == null) {
            return;
        }
        long consultationId = consultations.meeting(meetingId).map(MeetingInfo::consultationId)
                .orElseThrow(() -> new InvalidInputException("validation.meeting.unknown"));
        boolean known = consultations.themes(consultationId).stream().anyMatch(t -> t.id() == themeId);
        if (!known) {
            throw new InvalidInputException("validation.theme.unknown");
        }
    }

    private static ItemKind parseKind(String value) {
        try {
            return ItemKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("validation.kind.unknown");
        }
    }

    private static @Nullable Long parseTheme(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("validation.theme.unknown");
        }
    }

    private void announce(Item item, Change change, ParticipantRef actor) {
        events.publishEvent(ItemChanged.of(item, change, actor));
    }
}
