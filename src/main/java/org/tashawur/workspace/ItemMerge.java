package org.tashawur.workspace;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One original merged into a target item, with the supports the merge added to the target: what
 * undoing the merge takes away again, and nothing else.
 */
@Entity
@Table(name = "item_merge")
class ItemMerge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "merged_by", nullable = false)
    private String mergedBy = "";

    @Column(name = "merged_at", nullable = false)
    private Instant mergedAt = Instant.EPOCH;

    @ElementCollection
    @CollectionTable(name = "item_merge_support", joinColumns = @JoinColumn(name = "merge_id"))
    @Column(name = "participant_id")
    private Set<Long> addedSupporters = new HashSet<>();

    protected ItemMerge() {
    }

    ItemMerge(long targetId, long sourceId, String mergedBy, Instant now, Set<Long> addedSupporters) {
        this.targetId = targetId;
        this.sourceId = sourceId;
        this.mergedBy = mergedBy;
        this.mergedAt = now;
        this.addedSupporters = new HashSet<>(addedSupporters);
    }

    long getTargetId() {
        return targetId;
    }

    long getSourceId() {
        return sourceId;
    }

    Set<Long> getAddedSupporters() {
        return Set.copyOf(addedSupporters);
    }
}
