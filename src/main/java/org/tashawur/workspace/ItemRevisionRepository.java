package org.tashawur.workspace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItemRevisionRepository extends JpaRepository<ItemRevision, Long> {

    List<ItemRevision> findByItemIdOrderByItemVersionAscIdAsc(long itemId);
}
