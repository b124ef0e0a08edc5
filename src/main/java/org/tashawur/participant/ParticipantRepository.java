package org.tashawur.participant;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "3000"))
    @Query("select p.id from Participant p where p.id = :id")
    Optional<Long> lockById(@Param("id") long id);

    /** Group and number of participants of a meeting, per stakeholder group. */
    @Query("select p.stakeholderGroup, count(p) from Participant p where p.meetingId = :meetingId group by p.stakeholderGroup")
    java.util.List<Object[]> countByGroup(@Param("meetingId") long meetingId);
}
