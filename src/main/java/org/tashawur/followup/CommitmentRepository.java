package org.tashawur.followup;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "3000"))
    @Query("select c from Commitment c where c.id = :id")
    Optional<Commitment> findForUpdate(@Param("id") long id);

    List<Commitment> findByMeetingIdOrderById(long meetingId);

    List<Commitment> findByMeetingIdIn(List<Long> meetingIds);

    boolean existsByItemId(long itemId);
}
