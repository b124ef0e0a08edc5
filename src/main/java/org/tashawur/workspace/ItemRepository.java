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

    String FILTER = """
            from Item i where i.meetingId = :meetingId and i.deletedAt is null and i.kind = :kind
             and (:themeId is null or i.themeId = :themeId)
             and (:grp is null or i.authorGroup = :grp)
             and (:pattern is null or i.title like :pattern escape '\\' or i.details like :pattern escape '\\')
            """;

    @Query("select i " + FILTER + " order by i.createdAt desc, i.id desc")
    List<Item> findPage(@Param("meetingId") long meetingId, @Param("kind") ItemKind kind,
            @Param("themeId") @Nullable Long themeId, @Param("grp") @Nullable StakeholderGroup group,
            @Param("pattern") @Nullable String pattern, Pageable page);

    /** The ranking of the prioritisation phase: most dots first, then most supports. */
    @Query("select i " + FILTER + " order by i.dotCount desc, i.supportCount desc, i.id asc")
    List<Item> findPageByDots(@Param("meetingId") long meetingId, @Param("kind") ItemKind kind,
            @Param("themeId") @Nullable Long themeId, @Param("grp") @Nullable StakeholderGroup group,
            @Param("pattern") @Nullable String pattern, Pageable page);

    @Query("select count(i) " + FILTER)
    long countMatching(@Param("meetingId") long meetingId, @Param("kind") ItemKind kind,
            @Param("themeId") @Nullable Long themeId, @Param("grp") @Nullable StakeholderGroup group,
            @Param("pattern") @Nullable String pattern);

    /** Id, kind and title of every live item of a meeting, for duplicate hints. */
    @Query("select i.id, i.kind, i.title from Item i where i.meetingId = :meetingId and i.deletedAt is null")
    List<Object[]> findTitles(@Param("meetingId") long meetingId);

    @Query("""
            select i.kind, count(i) from Item i
            where i.meetingId = :meetingId and i.deletedAt is null group by i.kind
            """)
    List<Object[]> countByKind(@Param("meetingId") long meetingId);
}
