-- API tokens (issue 19, item 6): an optional expiry, after which the token is refused, and a scope
-- ('FULL': what its account may do; 'READ': reads only, every write refused).

ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE api_token ADD COLUMN scope VARCHAR(8) DEFAULT 'FULL' NOT NULL;
