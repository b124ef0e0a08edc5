-- Dot voting in the prioritisation phase: each participant spends a budget of dots (set per
-- meeting), at most a few on one item; the tally is kept on the item in the same transaction.
ALTER TABLE meeting ADD COLUMN dot_budget INT NOT NULL DEFAULT 5;
ALTER TABLE item ADD COLUMN dot_count INT NOT NULL DEFAULT 0;

CREATE TABLE dot_vote (
    item_id        BIGINT NOT NULL,
    participant_id BIGINT NOT NULL,
    dots           INT    NOT NULL,
    PRIMARY KEY (item_id, participant_id),
    CONSTRAINT fk_dot_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_dot_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT ck_dot_positive CHECK (dots > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_dot_participant ON dot_vote (participant_id);
