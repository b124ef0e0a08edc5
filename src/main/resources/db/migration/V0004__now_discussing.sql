-- The item the facilitator has put up for discussion, shown on every screen. No foreign key:
-- items are never removed from the table (deletion is soft), and the service checks the meeting.
ALTER TABLE meeting ADD COLUMN discussing_item_id BIGINT NULL;
