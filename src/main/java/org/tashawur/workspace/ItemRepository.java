package org.tashawur.workspace;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;
import org.tashawur.consultation.StakeholderGroup;

interface ItemRepository extends JpaRepository<Item, Long> {

    int LOCK_WAIT_MS = 3000;

    /**
     * Loads an item and locks its row until the transaction ends, so edits queue up. A save waits
     * at most {@value #LOCK_WAIT_MS} ms for the lock, then fails (and the screen offers a retry)
     * rather than hanging for MariaDB's default 50 s.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "" + LOCK_WAIT_MS))
    @Query("select i from Item i where i.id = :id")
    Optional<Item> findForUpdate(@Param("id") long id);

    /**
     * Locks a live item of the given meeting for the rest of the transaction.
     *
     * @throws ItemNotFoundException when there is none (deleted, another meeting's, or unknown)
     */
    default Item lockLive(long itemId, long meetingId) {
        return findForUpdate(itemId).filter(i -> i.getMeetingId() == meetingId && !i.isDeleted())
                .orElseThrow(() -> new ItemNotFoundException(itemId));
    }

    /**
     * Locks a published item of the given meeting: the only kind anyone may support, vote on,
     * comment or report.
     *
     * @throws ItemNotFoundException when there is none (pending, hidden, merged, deleted...)
     */
    default Item lockPublished(long itemId, long meetingId) {
        Item item = lockLive(itemId, meetingId);
        if (item.getStatus() != ItemStatus.PUBLISHED) {
            throw new ItemNotFoundException(itemId);
        }
        return item;
    }

    /** What waits for the facilitators of a meeting: items to approve, items reported. */
    default ModerationCounts moderationCounts(long meetingId) {
        return new ModerationCounts(countPending(meetingId), countReported(meetingId));
    }

    /** Pending items per meeting, for the facilitators' queue count. */
    @Query("""
            select count(i) from Item i where i.meetingId = :meetingId and i.deletedAt is null
             and i.status = org.tashawur.workspace.ItemStatus.PENDING""")
    long countPending(@Param("meetingId") long meetingId);

    @Query("""
            select count(i) from Item i where i.meetingId = :meetingId and i.deletedAt is null
             and i.status <> org.tashawur.workspace.ItemStatus.MERGED and i.reportCount > 0""")
    long countReported(@Param("meetingId") long meetingId);

    /**
     * The items one viewer may see: published ones, and pending or hidden ones when the viewer is
     * their author or a facilitator. Every query that lists items for a screen goes through it.
     */
    String VISIBLE = """
             i.deletedAt is null and (i.status = org.tashawur.workspace.ItemStatus.PUBLISHED
              or i.status in (org.tashawur.workspace.ItemStatus.PENDING, org.tashawur.workspace.ItemStatus.HIDDEN)
                 and (:staff = true or i.authorParticipantId = :viewer))
            """;

    String FILTER = """
            from Item i where i.meetingId = :meetingId and i.kind = :kind and
            """ + VISIBLE + """
             and (:status is null or i.status = :status)
             and (:reported = false or i.reportCount > 0)
             and (:themeId is null or i.themeId = :themeId)
             and (:grp is null or i.authorGroup = :grp)
             and (:pattern is null or i.title like :pattern escape '\\' or i.details like :pattern escape '\\')
            """;

    @Query("select i " + FILTER + " order by i.createdAt desc, i.id desc")
    List<Item> findPage(@Param("meetingId") long meetingId, @Param("kind") ItemKind kind,
            @Param("viewer") long viewer, @Param("staff") boolean staff,
            @Param("status") @Nullable ItemStatus status, @Param("reported") boolean reported,
            @Param("themeId") @Nullable Long themeId, @Param("grp") @Nullable StakeholderGroup group,
            @Param("pattern") @Nullable String pattern, Pageable page);

    /** The ranking of the prioritisation phase: most dots first, then most supports ({@link ItemSummary#RANKING}). */
    @Query("select i " + FILTER + " order by i.dotCount desc, i.supportCount desc, i.id asc")
    List<Item> findPageByDots(@Param("meetingId") long meetingId, @Param("kind") ItemKind kind,
            @Param("viewer") long viewer, @Param("staff") boolean staff,
            @Param("status") @Nullable ItemStatus status, @Param("reported") boolean reported,
            @Param("themeId") @Nullable Long themeId, @Param("grp") @Nullable StakeholderGroup group,
            @Param("pattern") @Nullable String pattern, Pageable page);

    @Query("select count(i) " + FILTER)
    long countMatching(@Param("meetingId") long meetingId, @Param("kind") ItemKind kind,
            @Param("viewer") long viewer, @Param("staff") boolean staff,
            @Param("status") @Nullable ItemStatus status, @Param("reported") boolean reported,
            @Param("themeId") @Nullable Long themeId, @Param("grp") @Nullable StakeholderGroup group,
            @Param("pattern") @Nullable String pattern);

    /** Id, kind and title of every item of a meeting the viewer may see, for duplicate hints. */
    @Query("select i.id, i.kind, i.title from Item i where i.meetingId = :meetingId and " + VISIBLE)
    List<Object[]> findTitles(@Param("meetingId") long meetingId, @Param("viewer") long viewer,
            @Param("staff") boolean staff);

    /** Every published item of a meeting, for reports: by kind, then most dots and supports first. */
    @Query("""
            select i from Item i where i.meetingId = :meetingId and i.deletedAt is null
             and i.status = org.tashawur.workspace.ItemStatus.PUBLISHED
             order by i.kind, i.dotCount desc, i.supportCount desc, i.id""")
    List<Item> findPublished(@Param("meetingId") long meetingId);

    /** The items merged into {@code targetId}, oldest merge first. */
    @Query("select i from Item i where i.mergedInto = :targetId order by i.id")
    List<Item> findOriginals(@Param("targetId") long targetId);

    /** How many published items each part holds: the counts everyone sees. */
    @Query("""
            select i.kind, count(i) from Item i
            where i.meetingId = :meetingId and i.deletedAt is null
             and i.status = org.tashawur.workspace.ItemStatus.PUBLISHED group by i.kind
            """)
    List<Object[]> countByKind(@Param("meetingId") long meetingId);
}
