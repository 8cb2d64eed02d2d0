-- Fact-checks and false information (issue 16, item 4): the claims fact-checkers reviewed
-- (schema.org ClaimReview, from data feeds and from the JSON-LD of fact-checkers' pages), the
-- documents and posts matched to them, and editors' labels on sources (satire, false news, state
-- media). A review is known by its key (its address and claim): importing it again updates it.

CREATE TABLE claim_review (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  review_key   VARCHAR(64)   NOT NULL UNIQUE,
  url          VARCHAR(2000),
  claim        VARCHAR(4000) NOT NULL,
  rating       VARCHAR(200),
  reviewer     VARCHAR(500),
  reviewed     VARCHAR(40),
  review_json  CLOB          NOT NULL,
  origin       VARCHAR(2000) NOT NULL,
  document_id  VARCHAR(200),
  imported_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX claim_review_reviewed ON claim_review (reviewed);

-- One row per document matched to a claim: how (url, media, near-duplicate, restated), how
-- sure (score 0..1) and the range of the document's text that restates it.
CREATE TABLE claim_match (
  claim_id     BIGINT        NOT NULL REFERENCES claim_review (id) ON DELETE CASCADE,
  document_id  VARCHAR(200)  NOT NULL,
  method       VARCHAR(40)   NOT NULL,
  score        DOUBLE PRECISION NOT NULL,
  span_start   INT           NOT NULL,
  span_end     INT           NOT NULL,
  excerpt      VARCHAR(2000) NOT NULL,
  title        VARCHAR(1000),
  url          VARCHAR(2000),
  matched_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (claim_id, document_id)
);
CREATE INDEX claim_match_document ON claim_match (document_id);
CREATE INDEX claim_match_time ON claim_match (matched_at);

CREATE TABLE source_label (
  source_id  VARCHAR(512) NOT NULL REFERENCES source(id) ON DELETE CASCADE,
  label      VARCHAR(40)  NOT NULL,
  set_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (source_id, label)
);
