-- Comments on an item, in order; the count is kept on the item for the cards.
CREATE TABLE item_comment (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id        BIGINT        NOT NULL,
    participant_id BIGINT        NOT NULL,
    author_name    VARCHAR(80)   NOT NULL,
    body           VARCHAR(2000) NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_comment_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_comment_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_comment_item ON item_comment (item_id, created_at);

ALTER TABLE item ADD COLUMN comment_count INT NOT NULL DEFAULT 0;
