-- A guest who comes back from the same browser is the same participant: the browser keeps a
-- random token in a cookie; only its SHA-256 is stored here.
ALTER TABLE participant ADD COLUMN rejoin_token_hash VARCHAR(64) NULL;
