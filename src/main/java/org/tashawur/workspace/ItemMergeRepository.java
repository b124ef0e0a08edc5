package org.tashawur.workspace;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItemMergeRepository extends JpaRepository<ItemMerge, Long> {

    Optional<ItemMerge> findBySourceId(long sourceId);
}
