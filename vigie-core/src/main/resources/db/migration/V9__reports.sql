-- Reports: scheduled situation reports and the archive of every report generated (issue 18).
-- A report's file lives in the data folder (reports/YYYY/…); the row keeps its parameters, its
-- SHA-256 and size, so that a permanent link serves the very bytes that were sent.

CREATE TABLE report_schedule (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(200)   NOT NULL UNIQUE,
  owner       VARCHAR(200)   NOT NULL,
  spec        CLOB           NOT NULL,
  every       VARCHAR(20)    NOT NULL,
  at_time     VARCHAR(5)     NOT NULL,
  zone        VARCHAR(64)    NOT NULL,
  recipients  VARCHAR(4096)  NOT NULL,
  formats     VARCHAR(100)   NOT NULL,
  enabled     BOOLEAN        NOT NULL,
  next_run_at TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE report_file (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  schedule_id BIGINT REFERENCES report_schedule (id) ON DELETE SET NULL,
  title       VARCHAR(1000)  NOT NULL,
  spec        CLOB           NOT NULL,
  period_from DATE           NOT NULL,
  period_to   DATE           NOT NULL,
  format      VARCHAR(10)    NOT NULL,
  path        VARCHAR(1000)  NOT NULL,
  size        BIGINT         NOT NULL,
  sha256      VARCHAR(64)    NOT NULL,
  sent_to     VARCHAR(4096),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX report_file_created ON report_file (created_at);
