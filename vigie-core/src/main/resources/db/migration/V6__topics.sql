-- The topic taxonomy: named stored queries, matched against every document (Lucene Monitor).
-- category holds the nested category path, one name per line, outermost first.

CREATE TABLE topic (
  id         VARCHAR(80)   PRIMARY KEY,
  name       VARCHAR(512)  NOT NULL,
  category   VARCHAR(4096) NOT NULL,
  query      VARCHAR(16384) NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row once the starter taxonomy has been put in this archive, so that deleting every topic
-- does not bring it back.
CREATE TABLE topic_seed (
  seeded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
