-- Supports: one per participant per item (the primary key makes a second one impossible), and the
-- count kept on the item in the same transaction so lists never count rows.
CREATE TABLE item_support (
    item_id        BIGINT      NOT NULL,
    participant_id BIGINT      NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (item_id, participant_id),
    CONSTRAINT fk_support_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_support_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE item ADD COLUMN support_count INT NOT NULL DEFAULT 0;
