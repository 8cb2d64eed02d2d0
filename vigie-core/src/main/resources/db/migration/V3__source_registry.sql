-- The source registry: what each source is, how often it is collected, and how its runs went.
-- Rows written by plain file ingests (kind 'files') stay as they are, with registered = FALSE.

ALTER TABLE source ADD COLUMN registered BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE source ADD COLUMN schedule_seconds BIGINT;
ALTER TABLE source ADD COLUMN allow_private BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE source ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE source ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE source ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE source ADD COLUMN last_success_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE source ADD COLUMN last_error_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE source ADD COLUMN last_error_message VARCHAR(4096);
ALTER TABLE source ADD COLUMN last_error_cause VARCHAR(128);
ALTER TABLE source ADD COLUMN consecutive_failures INT NOT NULL DEFAULT 0;
ALTER TABLE source ADD COLUMN next_due_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE source_tag (
  source_id VARCHAR(512) NOT NULL REFERENCES source(id) ON DELETE CASCADE,
  position  INT NOT NULL,
  tag       VARCHAR(512) NOT NULL,
  PRIMARY KEY (source_id, position)
);

CREATE TABLE source_option (
  source_id VARCHAR(512) NOT NULL REFERENCES source(id) ON DELETE CASCADE,
  option_name  VARCHAR(512) NOT NULL,
  option_value VARCHAR(4096) NOT NULL,
  PRIMARY KEY (source_id, option_name)
);

-- What a source's runs fetched: validators and content hashes for conditional requests.
CREATE TABLE fetch_memory (
  source_id     VARCHAR(512) NOT NULL REFERENCES source(id) ON DELETE CASCADE,
  url           VARCHAR(8192) NOT NULL,
  etag          VARCHAR(1024),
  last_modified VARCHAR(256),
  content_hash  VARCHAR(128),
  fetched_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (source_id, url)
);

CREATE INDEX ingest_run_source ON ingest_run(source_id, id);
