-- The official answer to a proposal: a status and a text, given by a facilitator.
ALTER TABLE item
    ADD COLUMN answer_status VARCHAR(20) NOT NULL DEFAULT 'NOT_ANSWERED',
    ADD COLUMN answer_text VARCHAR(4000) NOT NULL DEFAULT '';
