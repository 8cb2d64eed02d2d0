-- Near-duplicates stored as copies linked to their original, counted apart from added documents.

ALTER TABLE ingest_run ADD COLUMN copies BIGINT NOT NULL DEFAULT 0;
