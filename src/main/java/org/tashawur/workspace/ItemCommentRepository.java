package org.tashawur.workspace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItemCommentRepository extends JpaRepository<ItemComment, Long> {

    List<ItemComment> findByItemIdOrderByCreatedAtAscIdAsc(long itemId);
}
