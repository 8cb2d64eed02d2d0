-- Alerts: rules, what they matched, the outbox of deliveries and every attempt, in-app notices.
-- A match, its story's notification state and its pending deliveries are written in one
-- transaction, so a restart (or kill -9) loses nothing and doubles nothing.

CREATE TABLE alert_rule (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  name             VARCHAR(200)   NOT NULL UNIQUE,
  owner            VARCHAR(200)   NOT NULL,
  query            VARCHAR(16384) NOT NULL,
  mode             VARCHAR(20)    NOT NULL,
  zone             VARCHAR(64)    NOT NULL,
  digest_every     VARCHAR(20)    NOT NULL,
  digest_at        VARCHAR(5)     NOT NULL,
  digest_day       VARCHAR(10)    NOT NULL,
  quiet_from       VARCHAR(5),
  quiet_to         VARCHAR(5),
  rate_per_hour    INT            NOT NULL,
  email            VARCHAR(320),
  webhook_url      VARCHAR(2048),
  webhook_secret   VARCHAR(100),
  allow_private    BOOLEAN        NOT NULL,
  webhook_disabled BOOLEAN        NOT NULL,
  feed_secret      VARCHAR(64)    NOT NULL,
  language         VARCHAR(5)     NOT NULL,
  enabled          BOOLEAN        NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  last_digest_at   TIMESTAMP WITH TIME ZONE,
  last_spike_at    TIMESTAMP WITH TIME ZONE
);

-- Every document a rule matched (copies included): digests, spikes, previews and feeds read it.
CREATE TABLE alert_match (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  rule_id    BIGINT        NOT NULL REFERENCES alert_rule (id) ON DELETE CASCADE,
  doc_id     VARCHAR(100)  NOT NULL,
  story_key  VARCHAR(100)  NOT NULL,
  copy_of    VARCHAR(100),
  title      VARCHAR(2048),
  url        VARCHAR(4096),
  site       VARCHAR(512),
  published  VARCHAR(40),
  matched_at TIMESTAMP WITH TIME ZONE NOT NULL,
  in_digest  BOOLEAN       NOT NULL,
  UNIQUE (rule_id, doc_id)
);
CREATE INDEX alert_match_time ON alert_match (rule_id, matched_at);

-- One notification per story and rule; re-notified when the story's matches double.
CREATE TABLE alert_story (
  rule_id          BIGINT       NOT NULL REFERENCES alert_rule (id) ON DELETE CASCADE,
  story_key        VARCHAR(100) NOT NULL,
  matches          INT          NOT NULL,
  notified_matches INT          NOT NULL,
  PRIMARY KEY (rule_id, story_key)
);

-- The outbox: one row per message and channel; its id is the webhook-id / idempotency key.
CREATE TABLE alert_delivery (
  id           VARCHAR(40)   PRIMARY KEY,
  rule_id      BIGINT        NOT NULL REFERENCES alert_rule (id) ON DELETE CASCADE,
  kind         VARCHAR(20)   NOT NULL,
  channel      VARCHAR(20)   NOT NULL,
  target       VARCHAR(2048) NOT NULL,
  payload      CLOB          NOT NULL,
  status       VARCHAR(20)   NOT NULL,
  attempts     INT           NOT NULL,
  next_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  last_code    INT,
  last_error   VARCHAR(2048),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  delivered_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX alert_delivery_due ON alert_delivery (status, next_at);

CREATE TABLE alert_attempt (
  delivery_id VARCHAR(40)   NOT NULL REFERENCES alert_delivery (id) ON DELETE CASCADE,
  attempt     INT           NOT NULL,
  at          TIMESTAMP WITH TIME ZONE NOT NULL,
  code        INT,
  error       VARCHAR(2048),
  PRIMARY KEY (delivery_id, attempt)
);

-- In-app notifications, read by their owner.
CREATE TABLE alert_notice (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  rule_id    BIGINT        NOT NULL REFERENCES alert_rule (id) ON DELETE CASCADE,
  owner      VARCHAR(200)  NOT NULL,
  title      VARCHAR(2048) NOT NULL,
  doc_id     VARCHAR(100),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX alert_notice_owner ON alert_notice (owner, read_at);
