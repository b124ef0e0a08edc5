package org.tashawur.consultation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByConsultationIdOrderByHeldOnAsc(long consultationId);

    Optional<Meeting> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);
}
