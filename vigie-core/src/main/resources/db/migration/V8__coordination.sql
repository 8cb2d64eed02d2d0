-- Coordinated behaviour: each run over archived posts with its parameters, the groups it found
-- (followed from run to run through lineage_id), their members, edges and the evidence pairs.

CREATE TABLE coordination_run (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at       TIMESTAMP WITH TIME ZONE,
  trigger_kind      VARCHAR(20)    NOT NULL,
  query             VARCHAR(16384) NOT NULL,
  from_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  to_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  platforms         VARCHAR(1000)  NOT NULL,
  kinds             VARCHAR(200)   NOT NULL,
  window_seconds    BIGINT         NOT NULL,
  min_participation INT            NOT NULL,
  fast_window       BIGINT         NOT NULL,
  edge_quantile     DOUBLE         NOT NULL,
  posts             INT            NOT NULL DEFAULT 0,
  posts_left_out    INT            NOT NULL DEFAULT 0,
  shares            INT            NOT NULL DEFAULT 0,
  share_pairs       BIGINT         NOT NULL DEFAULT 0,
  edges             INT            NOT NULL DEFAULT 0,
  accounts          INT            NOT NULL DEFAULT 0,
  group_count       INT            NOT NULL DEFAULT 0,
  status            VARCHAR(20)    NOT NULL,
  error             VARCHAR(4000)
);

CREATE TABLE coordination_group (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  run_id         BIGINT        NOT NULL REFERENCES coordination_run (id) ON DELETE CASCADE,
  rank_in_run    INT           NOT NULL,
  lineage_id     BIGINT,
  change_kind    VARCHAR(20)   NOT NULL,
  previous_size  INT,
  size           INT           NOT NULL,
  edges          INT           NOT NULL,
  pairs          BIGINT        NOT NULL,
  objects        INT           NOT NULL,
  first_share    TIMESTAMP WITH TIME ZONE NOT NULL,
  last_share     TIMESTAMP WITH TIME ZONE NOT NULL,
  kinds          VARCHAR(200)  NOT NULL,
  platforms      VARCHAR(1000) NOT NULL,
  top_objects    VARCHAR(16384) NOT NULL,
  activity       VARCHAR(16384) NOT NULL
);
CREATE INDEX coordination_group_run ON coordination_group (run_id, rank_in_run);

CREATE TABLE coordination_member (
  group_id     BIGINT        NOT NULL REFERENCES coordination_group (id) ON DELETE CASCADE,
  account      VARCHAR(600)  NOT NULL,
  label        VARCHAR(600)  NOT NULL,
  platform     VARCHAR(100)  NOT NULL,
  shares       INT           NOT NULL,
  coordinated  INT           NOT NULL,
  community    INT           NOT NULL,
  PRIMARY KEY (group_id, account)
);

CREATE TABLE coordination_edge (
  group_id    BIGINT        NOT NULL REFERENCES coordination_group (id) ON DELETE CASCADE,
  account_a   VARCHAR(600)  NOT NULL,
  account_b   VARCHAR(600)  NOT NULL,
  weight      INT           NOT NULL,
  objects     INT           NOT NULL,
  mean_delta  DOUBLE        NOT NULL,
  symmetry    DOUBLE,
  fast_weight INT           NOT NULL,
  flagged     BOOLEAN       NOT NULL,
  kinds       VARCHAR(200)  NOT NULL,
  PRIMARY KEY (group_id, account_a, account_b)
);

CREATE TABLE coordination_evidence (
  group_id   BIGINT         NOT NULL REFERENCES coordination_group (id) ON DELETE CASCADE,
  seq        INT            NOT NULL,
  object     VARCHAR(4096)  NOT NULL,
  kind       VARCHAR(20)    NOT NULL,
  account_a  VARCHAR(600)   NOT NULL,
  doc_a      VARCHAR(100)   NOT NULL,
  time_a     TIMESTAMP WITH TIME ZONE NOT NULL,
  account_b  VARCHAR(600)   NOT NULL,
  doc_b      VARCHAR(100)   NOT NULL,
  time_b     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (group_id, seq)
);
