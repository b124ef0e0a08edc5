package org.tashawur.workspace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ItemReportRepository extends JpaRepository<ItemReport, ItemParticipantKey> {

    @Query("select r from ItemReport r where r.key.itemId = :itemId order by r.createdAt")
    List<ItemReport> findByItem(@Param("itemId") long itemId);

    @Query("""
            select r.key.itemId from ItemReport r, Item i
            where r.key.participantId = :participantId and i.id = r.key.itemId and i.meetingId = :meetingId""")
    List<Long> findItemIdsReportedBy(@Param("participantId") long participantId, @Param("meetingId") long meetingId);

    @Modifying
    @Query("delete from ItemReport r where r.key.itemId = :itemId")
    int deleteByItem(@Param("itemId") long itemId);
}
