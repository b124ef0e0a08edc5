-- Follow-up: an accepted (or partly accepted) proposal becomes a commitment with a responsible
-- body, partners, a due date, a status and a progress, and a timeline of dated updates.
CREATE TABLE commitment (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT       NOT NULL,
    meeting_id  BIGINT       NOT NULL,
    responsible VARCHAR(200) NOT NULL,
    partners    VARCHAR(500) NOT NULL DEFAULT '',
    due_on      DATE         NULL,
    status      VARCHAR(20)  NOT NULL,
    progress    INT          NOT NULL DEFAULT 0,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_commitment_item UNIQUE (item_id),
    CONSTRAINT fk_commitment_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_commitment_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT ck_commitment_progress CHECK (progress BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_commitment_meeting ON commitment (meeting_id);

-- Every change of a commitment, dated and signed: its timeline. Never updated.
CREATE TABLE commitment_update (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    commitment_id BIGINT        NOT NULL,
    author        VARCHAR(80)   NOT NULL,
    at            DATETIME(6)   NOT NULL,
    note          VARCHAR(2000) NOT NULL DEFAULT '',
    status        VARCHAR(20)   NOT NULL,
    progress      INT           NOT NULL,
    changes       VARCHAR(2000) NOT NULL DEFAULT '',
    CONSTRAINT fk_update_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_update_commitment ON commitment_update (commitment_id, at);
