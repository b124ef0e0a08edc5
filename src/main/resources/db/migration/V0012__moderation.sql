-- Moderation: an item is published, waiting for approval (pre-moderation), hidden by a
-- facilitator with a reason, or merged into another item. Only published items are seen by
-- everyone; a pending or hidden item only by its author and the facilitators; a merged one is
-- shown inside the item it was merged into.
ALTER TABLE meeting ADD COLUMN premoderation BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE item
    ADD COLUMN status        VARCHAR(20)  NOT NULL DEFAULT 'PUBLISHED',
    ADD COLUMN hidden_reason VARCHAR(500) NULL,
    ADD COLUMN merged_into   BIGINT       NULL,
    ADD COLUMN report_count  INT          NOT NULL DEFAULT 0,
    ADD COLUMN merged_count  INT          NOT NULL DEFAULT 0,
    ADD CONSTRAINT fk_item_merged_into FOREIGN KEY (merged_into) REFERENCES item (id);

CREATE INDEX ix_item_meeting_status ON item (meeting_id, status, kind);

-- A participant's report of an item to the facilitators: one per participant per item.
CREATE TABLE item_report (
    item_id        BIGINT       NOT NULL,
    participant_id BIGINT       NOT NULL,
    reason         VARCHAR(500) NOT NULL DEFAULT '',
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (item_id, participant_id),
    CONSTRAINT fk_report_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_report_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One original merged into a target item. Undoing the merge removes exactly the supports the
-- merge added to the target (listed in item_merge_support) and publishes the original again.
CREATE TABLE item_merge (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    target_id   BIGINT      NOT NULL,
    source_id   BIGINT      NOT NULL,
    merged_by   VARCHAR(80) NOT NULL,
    merged_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_merge_target FOREIGN KEY (target_id) REFERENCES item (id),
    CONSTRAINT fk_merge_source FOREIGN KEY (source_id) REFERENCES item (id),
    CONSTRAINT uq_merge_source UNIQUE (source_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE item_merge_support (
    merge_id       BIGINT NOT NULL,
    participant_id BIGINT NOT NULL,
    PRIMARY KEY (merge_id, participant_id),
    CONSTRAINT fk_merge_support_merge FOREIGN KEY (merge_id) REFERENCES item_merge (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The phase timer: while running it ends at timer_ends_at; while paused it keeps what was left.
ALTER TABLE meeting
    ADD COLUMN timer_ends_at      DATETIME(6) NULL,
    ADD COLUMN timer_remaining_ms BIGINT      NULL;
