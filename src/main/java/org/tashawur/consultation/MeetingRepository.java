package org.tashawur.consultation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByConsultationIdOrderByHeldOnAsc(long consultationId);
}
