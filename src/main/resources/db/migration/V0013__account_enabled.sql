-- An administrator can switch an account off (someone left the team) without deleting it: the
-- audit log keeps naming who did what.
ALTER TABLE account ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT TRUE;
