-- Every facilitator action on a meeting: who, when, what, before and after. Never updated.
CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id   BIGINT        NOT NULL,
    actor        VARCHAR(80)   NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    target       VARCHAR(200)  NOT NULL DEFAULT '',
    before_value VARCHAR(4000) NULL,
    after_value  VARCHAR(4000) NULL,
    at           DATETIME(6)   NOT NULL,
    CONSTRAINT fk_audit_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_meeting ON audit_entry (meeting_id, at);
