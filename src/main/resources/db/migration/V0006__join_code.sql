-- The short code participants type (or scan as a QR code) to join a meeting; made on first use.
ALTER TABLE meeting
    ADD COLUMN join_code VARCHAR(12) NULL,
    ADD CONSTRAINT uk_meeting_join_code UNIQUE (join_code);
