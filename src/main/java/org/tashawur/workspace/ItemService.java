package org.tashawur.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
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
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.MeetingAccess;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.Operation;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;
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
    private final ItemSupportRepository supports;
    private final DotVoteRepository dots;
    private final ItemCommentRepository comments;
    private final ParticipantService participants;
    private final ConsultationService consultations;
    private final MeetingAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ItemService(ItemRepository items, ItemRevisionRepository revisions, ItemSupportRepository supports,
            DotVoteRepository dots, ItemCommentRepository comments, ParticipantService participants,
            ConsultationService consultations, MeetingAccess access, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.revisions = revisions;
        this.supports = supports;
        this.dots = dots;
        this.comments = comments;
        this.participants = participants;
        this.consultations = consultations;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** @throws NotAllowedException when the meeting's phase or the author's role does not allow it */
    public ItemSummary create(ItemKind kind, String title, String details, @Nullable Long themeId,
            ParticipantRef author) {
        access.check(Operation.ADD_ITEM, consultations.phase(author.meetingId()), true);
        checkTheme(author.meetingId(), themeId);
        Instant now = clock.instant();
        Item item = items.save(new Item(author.meetingId(), kind, title, details, themeId, author, now));
        for (ItemField field : ItemField.values()) {
            String value = field.read(item);
            if (!value.isEmpty()) {
                revisions.save(new ItemRevision(item.getId(), item.getVersion(), field.name(), null,
                        value, author.id(), author.displayName(), now));
            }
        }
        ItemSummary summary = item.toSummary();
        announce(item, Change.CREATED, summary, author);
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
        access.check(Operation.EDIT_ITEM, consultations.phase(item.getMeetingId()), true);
        String stored = field.read(item);
        if (stored.equals(newValue)) {
            return new SaveOutcome.Saved(item.toSummary());
        }
        if (!stored.equals(baseValue)) {
            return new SaveOutcome.Conflict(field, stored, newValue, item.toSummary());
        }
        write(item, field, newValue);
        Instant now = clock.instant();
        long version = item.touch(now);
        revisions.save(new ItemRevision(itemId, version, field.name(), stored, newValue, editor.id(),
                editor.displayName(), now));
        ItemSummary summary = item.toSummary();
        announce(item, Change.UPDATED, summary, editor);
        return new SaveOutcome.Saved(summary);
    }

    /** Deletes an item from the list; the row and its revisions stay for history. */
    public void delete(long itemId, ParticipantRef actor) {
        Item item = items.findForUpdate(itemId)
                .filter(i -> i.getMeetingId() == actor.meetingId())
                .orElseThrow(() -> new ItemNotFoundException(itemId));
        if (item.isDeleted()) {
            return;
        }
        access.check(Operation.DELETE_ITEM, consultations.phase(item.getMeetingId()), true);
        Instant now = clock.instant();
        item.markDeleted(now, actor.displayName());
        long version = item.touch(now);
        revisions.save(new ItemRevision(itemId, version, ItemRevision.DELETED, null, null, actor.id(),
                actor.displayName(), now));
        announce(item, Change.DELETED, null, actor);
    }

    /**
     * Gives the participant's support to the item, or takes it back: one support per participant
     * per item, whatever the number of browsers they click from at once (asking twice for the same
     * state changes nothing).
     *
     * @throws NotAllowedException when the meeting's phase does not allow supporting
     */
    public void setSupport(long itemId, ParticipantRef participant, boolean support) {
        Item item = items.findForUpdate(itemId)
                .filter(i -> i.getMeetingId() == participant.meetingId() && !i.isDeleted())
                .orElseThrow(() -> new ItemNotFoundException(itemId));
        access.check(Operation.SUPPORT_ITEM, consultations.phase(item.getMeetingId()), true);
        ItemSupport.Key key = new ItemSupport.Key(itemId, participant.id());
        if (supports.existsById(key) == support) {
            return;
        }
        if (support) {
            supports.save(new ItemSupport(itemId, participant.id(), clock.instant()));
        } else {
            supports.deleteById(key);
        }
        item.supportChanged(support);
        announce(item, Change.UPDATED, item.toSummary(), participant);
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
        Item item = items.findForUpdate(itemId)
                .filter(i -> i.getMeetingId() == facilitator.meetingId() && !i.isDeleted())
                .orElseThrow(() -> new ItemNotFoundException(itemId));
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
        if (oldStatus != status) {
            revisions.save(new ItemRevision(itemId, version, ItemRevision.ANSWER_STATUS, oldStatus.name(), status.name(),
                    facilitator.id(), facilitator.displayName(), now));
        }
        if (!oldText.equals(text)) {
            revisions.save(new ItemRevision(itemId, version, ItemRevision.ANSWER_TEXT, oldText, text,
                    facilitator.id(), facilitator.displayName(), now));
        }
        ItemSummary summary = item.toSummary();
        announce(item, Change.UPDATED, summary, facilitator);
        return summary;
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
        Item item = items.findForUpdate(itemId)
                .filter(i -> i.getMeetingId() == voter.meetingId() && !i.isDeleted())
                .orElseThrow(() -> new ItemNotFoundException(itemId));
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
            ItemSupport.Key key = new ItemSupport.Key(itemId, voter.id());
            if (count == 0) {
                dots.deleteById(key);
            } else {
                DotVote vote = dots.findById(key).orElseGet(() -> new DotVote(itemId, voter.id(), count));
                vote.setDots(count);
                dots.save(vote);
            }
            item.dotsChanged(count - current);
            announce(item, Change.UPDATED, item.toSummary(), voter);
        }
        return budget - elsewhere - count;
    }

    /**
     * Adds a comment to the item; everyone with the item open sees it at once.
     *
     * @throws InvalidInputException for a blank or too long comment
     * @throws NotAllowedException in preparation or once the meeting is closed
     */
    public void comment(long itemId, String body, ParticipantRef author) {
        Item item = items.findForUpdate(itemId)
                .filter(i -> i.getMeetingId() == author.meetingId() && !i.isDeleted())
                .orElseThrow(() -> new ItemNotFoundException(itemId));
        access.check(Operation.COMMENT, consultations.phase(item.getMeetingId()), true);
        comments.save(new ItemComment(itemId, author, body, clock.instant()));
        item.commented();
        announce(item, Change.UPDATED, item.toSummary(), author);
    }

    /** The item's comments, oldest first. */
    @Transactional(readOnly = true)
    public List<CommentInfo> comments(long itemId) {
        return comments.findByItemIdOrderByCreatedAtAscIdAsc(itemId).stream().map(ItemComment::toInfo).toList();
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

    /** The items of the meeting this participant supports, in one query. */
    @Transactional(readOnly = true)
    public Set<Long> supportedBy(ParticipantRef participant) {
        return new HashSet<>(supports.findItemIdsSupportedBy(participant.id(), participant.meetingId()));
    }

    /**
     * Puts one of the meeting's live items up for discussion on every screen ({@code null}: none).
     *
     * @throws NotAllowedException unless the caller is a facilitator or administrator
     * @throws ItemNotFoundException when the item is not a live item of the caller's meeting
     */
    public void discuss(@Nullable Long itemId, ParticipantRef facilitator) {
        if (itemId != null) {
            items.findById(itemId).filter(i -> i.getMeetingId() == facilitator.meetingId() && !i.isDeleted())
                    .orElseThrow(() -> new ItemNotFoundException(itemId));
        }
        consultations.discuss(facilitator.meetingId(), itemId);
    }

    @Transactional(readOnly = true)
    public Optional<ItemSummary> find(long itemId) {
        return items.findById(itemId).filter(i -> !i.isDeleted()).map(Item::toSummary);
    }

    @Transactional(readOnly = true)
    public List<ItemSummary> list(ItemQuery query, Pageable page) {
        List<Item> found = query.byDots()
                ? items.findPageByDots(query.meetingId(), query.kind(), query.themeId(), query.group(),
                        query.likePattern(), page)
                : items.findPage(query.meetingId(), query.kind(), query.themeId(), query.group(),
                        query.likePattern(), page);
        return found.stream().map(Item::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public long count(ItemQuery query) {
        return items.countMatching(query.meetingId(), query.kind(), query.themeId(), query.group(),
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

    /**
     * The live items of the meeting whose title reads like {@code text} (Arabic spelling variants,
     * accents and case ignored), most alike first: shown while someone types a new item so that
     * duplicates are caught before they are added.
     */
    @Transactional(readOnly = true)
    public List<SimilarItem> similarTo(long meetingId, String text, int limit) {
        if (TextKey.of(text).length() < SimilarItem.MIN_KEY_LENGTH) {
            return List.of();
        }
        return items.findTitles(meetingId).stream()
                .map(row -> new SimilarItem((Long) row[0], (ItemKind) row[1], (String) row[2],
                        Similarity.of(text, (String) row[2])))
                .filter(s -> s.score() >= SimilarItem.THRESHOLD)
                .sorted(Comparator.comparingDouble(SimilarItem::score).reversed())
                .limit(limit)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<RevisionInfo> revisions(long itemId) {
        return revisions.findByItemIdOrderByItemVersionAscIdAsc(itemId).stream()
                .map(ItemRevision::toInfo).toList();
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

    private void announce(Item item, Change change, @Nullable ItemSummary summary, ParticipantRef actor) {
        events.publishEvent(new ItemChanged(item.getMeetingId(), item.getId(), item.getVersion(), change,
                item.getKind(), summary, actor.displayName()));
    }
}
