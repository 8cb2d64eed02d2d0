-- The accounts seen in posts (platform, id), their followers as a time series (one point per
-- change seen), editors' labels and watchlist, and actors: one person or organisation's accounts
-- on several platforms, optionally tied to entities found in texts.

CREATE TABLE actor (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  name       VARCHAR(600)  NOT NULL,
  labels     VARCHAR(1000) NOT NULL DEFAULT '',
  note       VARCHAR(4000),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE social_account (
  platform   VARCHAR(50)   NOT NULL,
  account_id VARCHAR(300)  NOT NULL,
  handle     VARCHAR(300),
  name       VARCHAR(600),
  first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
  last_seen  TIMESTAMP WITH TIME ZONE NOT NULL,
  posts      INT           NOT NULL,
  languages  VARCHAR(400)  NOT NULL DEFAULT '',
  followers  BIGINT,
  labels     VARCHAR(1000) NOT NULL DEFAULT '',
  watched    BOOLEAN       NOT NULL DEFAULT FALSE,
  actor_id   BIGINT REFERENCES actor (id) ON DELETE SET NULL,
  PRIMARY KEY (platform, account_id)
);
CREATE INDEX social_account_handle ON social_account (handle);
CREATE INDEX social_account_actor ON social_account (actor_id);

CREATE TABLE social_account_followers (
  platform   VARCHAR(50)  NOT NULL,
  account_id VARCHAR(300) NOT NULL,
  seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  followers  BIGINT       NOT NULL,
  PRIMARY KEY (platform, account_id, seen_at)
);

CREATE TABLE actor_entity (
  actor_id    BIGINT       NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  entity_type VARCHAR(20)  NOT NULL,
  entity_name VARCHAR(600) NOT NULL,
  PRIMARY KEY (actor_id, entity_type, entity_name)
);
