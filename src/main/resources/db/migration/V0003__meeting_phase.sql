-- The phase a meeting is in decides what participants may do; the facilitator moves it on.
ALTER TABLE meeting
    ADD COLUMN phase VARCHAR(20) NOT NULL DEFAULT 'COLLECTING',
    ADD COLUMN phase_changed_at DATETIME(6) NULL;
