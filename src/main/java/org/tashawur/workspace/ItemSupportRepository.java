package org.tashawur.workspace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ItemSupportRepository extends JpaRepository<ItemSupport, ItemParticipantKey> {

    @Query("""
            select s.key.itemId from ItemSupport s, Item i
            where s.key.participantId = :participantId and i.id = s.key.itemId and i.meetingId = :meetingId""")
    List<Long> findItemIdsSupportedBy(@Param("participantId") long participantId, @Param("meetingId") long meetingId);

    @Query("select s.key.participantId from ItemSupport s where s.key.itemId = :itemId")
    List<Long> findSupporters(@Param("itemId") long itemId);
}
