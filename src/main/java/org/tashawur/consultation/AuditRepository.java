package org.tashawur.consultation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByMeetingIdOrderByAtDescIdDesc(long meetingId);
}
