package org.tashawur.followup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitmentUpdateRepository extends JpaRepository<CommitmentUpdate, Long> {

    List<CommitmentUpdate> findByCommitmentIdOrderByAtDescIdDesc(long commitmentId);
}
