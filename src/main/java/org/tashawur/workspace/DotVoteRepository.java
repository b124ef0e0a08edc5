package org.tashawur.workspace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DotVoteRepository extends JpaRepository<DotVote, ItemParticipantKey> {

    /** Item id and dots of every vote of the participant in the meeting. */
    @Query("""
            select v.key.itemId, v.dots from DotVote v, Item i
            where v.key.participantId = :participantId and i.id = v.key.itemId and i.meetingId = :meetingId""")
    List<Object[]> findByParticipant(@Param("participantId") long participantId, @Param("meetingId") long meetingId);
}
