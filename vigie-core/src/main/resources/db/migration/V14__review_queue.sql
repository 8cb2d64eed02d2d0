-- The review queue (issue 16, item 5): flagged documents (harmful speech above a threshold today;
-- lexicon hits and claim matches later: an item has a kind), grouped when they tell the same story
-- or copy one another, and an audit trail of every decision that nobody can change: a trigger
-- refuses UPDATE and DELETE on review_audit, and each row carries a hash chained to the item's
-- previous row, so that a change made around the trigger is found (ReviewAudit.verify).

CREATE TABLE review_setting (
  name  VARCHAR(100)  PRIMARY KEY,
  val   VARCHAR(1000) NOT NULL
);
INSERT INTO review_setting (name, val) VALUES ('harm.threshold', '0.6');

CREATE TABLE review_group (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  group_key  VARCHAR(400) NOT NULL UNIQUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE review_item (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind           VARCHAR(40)   NOT NULL,
  document_id    VARCHAR(200)  NOT NULL,
  group_id       BIGINT        NOT NULL REFERENCES review_group (id),
  title          VARCHAR(1000),
  site           VARCHAR(300),
  url            VARCHAR(2000),
  published      VARCHAR(40),
  excerpt        VARCHAR(8000) NOT NULL,
  label          VARCHAR(100)  NOT NULL,
  score          DOUBLE PRECISION NOT NULL,
  categories     VARCHAR(1000) NOT NULL DEFAULT '',
  targets        VARCHAR(1000) NOT NULL DEFAULT '',
  evidence       CLOB          NOT NULL,
  status         VARCHAR(20)   NOT NULL,
  assignee       VARCHAR(100),
  reviewed_label VARCHAR(100),
  flagged_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT review_item_once UNIQUE (document_id, kind)
);
CREATE INDEX review_item_status ON review_item (status, flagged_at);
CREATE INDEX review_item_group ON review_item (group_id);

CREATE TABLE review_audit (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  item_id      BIGINT        NOT NULL REFERENCES review_item (id),
  actor        VARCHAR(100)  NOT NULL,
  at           TIMESTAMP WITH TIME ZONE NOT NULL,
  action       VARCHAR(30)   NOT NULL,
  before_value VARCHAR(1000),
  after_value  VARCHAR(1000),
  note         VARCHAR(4000),
  hash         VARCHAR(64)   NOT NULL
);
CREATE INDEX review_audit_item ON review_audit (item_id, id);

CREATE TRIGGER review_audit_append_only BEFORE UPDATE, DELETE ON review_audit FOR EACH ROW
  CALL 'org.vigie.archive.review.AuditGuard';

-- TRUNCATE fires no trigger, but H2 refuses to truncate a table that another table references:
-- this empty table is that reference.
CREATE TABLE review_audit_seal (
  audit_id BIGINT REFERENCES review_audit (id)
);
