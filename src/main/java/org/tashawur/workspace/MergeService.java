package org.tashawur.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

/**
 * Merging duplicates: the originals leave the list and live on inside the target item, which
 * shows their texts and authors and gains their supporters. Each original can be separated again
 * ({@link #undo}), which takes back exactly the supports the merge added, so the originals and
 * the target are as they were before.
 */
@Service
@Transactional
public class MergeService {

    private final ItemRepository items;
    private final ItemRevisionRepository revisions;
    private final ItemSupportRepository supports;
    private final ItemMergeRepository merges;
    private final ConsultationService consultations;
    private final MeetingAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MergeService(ItemRepository items, ItemRevisionRepository revisions, ItemSupportRepository supports,
            ItemMergeRepository merges, ConsultationService consultations, MeetingAccess access, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.revisions = revisions;
        this.supports = supports;
        this.merges = merges;
        this.consultations = consultations;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Merges the originals into the target. All must be published items of the same kind in the
     * facilitator's meeting, and none may carry dots yet.
     *
     * @throws NotAllowedException for anyone but facilitators, or once prioritisation started
     * @throws InvalidInputException when an item cannot be merged (and then nothing is)
     */
    public ItemSummary merge(long targetId, List<Long> originalIds, ParticipantRef facilitator) {
        access.check(Operation.MERGE_ITEMS, consultations.phase(facilitator.meetingId()), true);
        Set<Long> originals = new HashSet<>(originalIds);
        originals.remove(targetId);
        if (originals.isEmpty()) {
            throw new InvalidInputException("merge.nothingToMerge");
        }
        Map<Long, Item> locked = lockInIdOrder(targetId, originals, facilitator.meetingId());
        Item target = locked.get(targetId);
        for (Item item : locked.values()) {
            if (item.getStatus() != ItemStatus.PUBLISHED) {
                throw new InvalidInputException("merge.onlyPublished");
            }
            if (item.getKind() != target.getKind()) {
                throw new InvalidInputException("merge.sameKind");
            }
            if (item.getDotCount() > 0) {
                throw new InvalidInputException("merge.hasDots");
            }
        }
        Instant now = clock.instant();
        Set<Long> targetSupporters = new HashSet<>(supports.findSupporters(targetId));
        for (long originalId : originals) {
            Item original = locked.get(originalId);
            Set<Long> added = new HashSet<>();
            for (long supporter : supports.findSupporters(originalId)) {
                if (targetSupporters.add(supporter)) {
                    supports.save(new ItemSupport(targetId, supporter, now));
                    target.supportChanged(true);
                    added.add(supporter);
                }
            }
            merges.save(new ItemMerge(targetId, originalId, facilitator.displayName(), now, added));
            original.mergeInto(targetId);
            long version = original.touch(now);
            revisions.save(new ItemRevision(originalId, version, ItemRevision.STATUS, ItemStatus.PUBLISHED.name(),
                    ItemStatus.MERGED.name(), facilitator.id(), facilitator.displayName(), now));
            target.originalsChanged(1);
            audit.record(facilitator.meetingId(), "MERGE", target.getTitle(), original.getTitle(), target.getTitle());
        }
        long version = target.touch(now);
        revisions.save(new ItemRevision(targetId, version, ItemRevision.MERGE, null, idsOf(originals),
                facilitator.id(), facilitator.displayName(), now));
        for (Item item : locked.values()) {
            events.publishEvent(ItemChanged.ofModeration(item, facilitator));
        }
        return target.toSummary();
    }

    /**
     * Separates one original from the item it was merged into: it is published again as it was,
     * and the target loses the supports the merge gave it (those its own supporters gave stay).
     *
     * @throws InvalidInputException when the item is not a merged original
     */
    public ItemSummary undo(long originalId, ParticipantRef facilitator) {
        access.check(Operation.MERGE_ITEMS, consultations.phase(facilitator.meetingId()), true);
        ItemMerge merge = merges.findBySourceId(originalId)
                .orElseThrow(() -> new InvalidInputException("merge.notMerged"));
        Map<Long, Item> locked = lockInIdOrder(merge.getTargetId(), Set.of(originalId), facilitator.meetingId());
        Item target = locked.get(merge.getTargetId());
        Item original = locked.get(originalId);
        for (long supporter : merge.getAddedSupporters()) {
            ItemParticipantKey key = new ItemParticipantKey(target.getId(), supporter);
            if (supports.existsById(key)) {
                supports.deleteById(key);
                target.supportChanged(false);
            }
        }
        merges.delete(merge);
        Instant now = clock.instant();
        original.unmerge();
        long originalVersion = original.touch(now);
        revisions.save(new ItemRevision(originalId, originalVersion, ItemRevision.STATUS, ItemStatus.MERGED.name(),
                ItemStatus.PUBLISHED.name(), facilitator.id(), facilitator.displayName(), now));
        target.originalsChanged(-1);
        long targetVersion = target.touch(now);
        revisions.save(new ItemRevision(target.getId(), targetVersion, ItemRevision.UNMERGE, Long.toString(originalId),
                null, facilitator.id(), facilitator.displayName(), now));
        audit.record(facilitator.meetingId(), "UNMERGE", target.getTitle(), original.getTitle(), null);
        events.publishEvent(ItemChanged.ofModeration(target, facilitator));
        events.publishEvent(ItemChanged.ofModeration(original, facilitator));
        return original.toSummary();
    }

    /** The originals merged into an item, as they were written: shown inside it to everyone who sees it. */
    @Transactional(readOnly = true)
    public List<ItemSummary> originals(long targetId) {
        return items.findOriginals(targetId).stream().map(Item::toSummary).toList();
    }

    /** Locks the items in ascending id order, so two merges over the same items never deadlock. */
    private Map<Long, Item> lockInIdOrder(long targetId, Set<Long> others, long meetingId) {
        List<Long> ids = new ArrayList<>(others);
        ids.add(targetId);
        ids.sort(null);
        Map<Long, Item> locked = new TreeMap<>();
        for (long id : ids) {
            locked.put(id, items.lockLive(id, meetingId));
        }
        return locked;
    }

    private static String idsOf(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("");
    }
}
