-- Live sources (Telegram channels, Mastodon timelines, Bluesky feeds, YouTube channels): each post
-- a source showed, its engagement over time, and where each source's paging stands.

-- One row per post and source: its position in the source's order (20 digits, sortable), whether a
-- committed run stored its document, and when it was noticed gone from the source (never deleted).
CREATE TABLE live_post (
  source_id     VARCHAR(512)  NOT NULL REFERENCES source(id) ON DELETE CASCADE,
  platform      VARCHAR(64)   NOT NULL,
  post_id       VARCHAR(1024) NOT NULL,
  position      VARCHAR(24)   NOT NULL,
  url           VARCHAR(8192),
  document_id   VARCHAR(64)   NOT NULL,
  first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
  last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  stored        BOOLEAN       NOT NULL DEFAULT FALSE,
  removed_at    TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (source_id, post_id)
);
CREATE INDEX live_post_position ON live_post (source_id, position);
CREATE INDEX live_post_document ON live_post (document_id);

-- A post's counts each time they were seen to change (the first sighting included).
CREATE TABLE engagement_snapshot (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  platform  VARCHAR(64)   NOT NULL,
  post_id   VARCHAR(1024) NOT NULL,
  source_id VARCHAR(512)  NOT NULL,
  seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  views     BIGINT,
  shares    BIGINT,
  reactions BIGINT,
  replies   BIGINT
);
CREATE INDEX engagement_snapshot_post ON engagement_snapshot (platform, post_id, id);

-- Where a source's paging stands: the newest position of its last complete sweep, and for a sweep
-- that stopped early the newest position it saw and the cursor to resume from.
CREATE TABLE live_cursor (
  source_id     VARCHAR(512) PRIMARY KEY REFERENCES source(id) ON DELETE CASCADE,
  high_water    VARCHAR(24),
  pending_high  VARCHAR(24),
  resume_cursor VARCHAR(4096),
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
