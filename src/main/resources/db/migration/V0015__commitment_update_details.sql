-- What each update of a commitment changed, field by field, before and after (JSON), so that its
-- timeline shows the differences and not only which fields changed.
ALTER TABLE commitment_update ADD COLUMN details VARCHAR(4000) NOT NULL DEFAULT '[]';
