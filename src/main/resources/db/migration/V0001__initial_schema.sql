-- Tashawur's first schema: consultations, their regional meetings and themes, the participants
-- of a meeting, and the shared list of expectations and proposals with a revision per change.
-- Every text column is utf8mb4 so Arabic, French and emoji are stored byte for byte.
-- Column lengths are the same numbers as the constants in the entities (Item.TITLE_MAX...).

CREATE TABLE consultation (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(60)  NOT NULL,
    title_ar    VARCHAR(300) NOT NULL,
    title_fr    VARCHAR(300) NOT NULL,
    title_en    VARCHAR(300) NOT NULL,
    starts_on   DATE         NULL,
    ends_on     DATE         NULL,
    CONSTRAINT uk_consultation_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT       NOT NULL,
    code            VARCHAR(60)  NOT NULL,
    region_ar       VARCHAR(120) NOT NULL,
    region_fr       VARCHAR(120) NOT NULL,
    region_en       VARCHAR(120) NOT NULL,
    place           VARCHAR(200) NULL,
    held_on         DATE         NOT NULL,
    CONSTRAINT uk_meeting_code UNIQUE (code),
    CONSTRAINT fk_meeting_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE theme (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT       NOT NULL,
    code            VARCHAR(60)  NOT NULL,
    name_ar         VARCHAR(160) NOT NULL,
    name_fr         VARCHAR(160) NOT NULL,
    name_en         VARCHAR(160) NOT NULL,
    position        INT          NOT NULL,
    CONSTRAINT uk_theme_code UNIQUE (consultation_id, code),
    CONSTRAINT fk_theme_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE participant (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id        BIGINT       NOT NULL,
    display_name      VARCHAR(80)  NOT NULL,
    organisation      VARCHAR(120) NOT NULL,
    stakeholder_group VARCHAR(40)  NOT NULL,
    joined_at         DATETIME(6)  NOT NULL,
    CONSTRAINT fk_participant_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE item (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id            BIGINT        NOT NULL,
    kind                  VARCHAR(20)   NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    details               VARCHAR(4000) NOT NULL DEFAULT '',
    theme_id              BIGINT        NULL,
    author_participant_id BIGINT        NOT NULL,
    author_name           VARCHAR(80)   NOT NULL,
    author_group          VARCHAR(40)   NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL,
    deleted_at            DATETIME(6)   NULL,
    deleted_by            VARCHAR(80)   NULL,
    CONSTRAINT fk_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_item_theme FOREIGN KEY (theme_id) REFERENCES theme (id),
    CONSTRAINT fk_item_author FOREIGN KEY (author_participant_id) REFERENCES participant (id),
    CONSTRAINT ck_item_title_not_blank CHECK (CHAR_LENGTH(TRIM(title)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The workspace lists a meeting's live items of one kind, newest first.
CREATE INDEX ix_item_meeting_kind ON item (meeting_id, deleted_at, kind, created_at);

CREATE TABLE item_revision (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id              BIGINT       NOT NULL,
    item_version         BIGINT       NOT NULL,
    field                VARCHAR(20)  NOT NULL,
    old_value            TEXT         NULL,
    new_value            TEXT         NULL,
    actor_participant_id BIGINT       NULL,
    actor_name           VARCHAR(80)  NOT NULL,
    changed_at           DATETIME(6)  NOT NULL,
    CONSTRAINT fk_revision_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_revision_actor FOREIGN KEY (actor_participant_id) REFERENCES participant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_revision_item ON item_revision (item_id, item_version);
