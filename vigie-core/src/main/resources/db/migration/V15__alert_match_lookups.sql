-- What a document's matches look up at ingest, whatever the number of rules it matched: the rules
-- that matched it (or its original) before, by document; every rule's count of its story, by
-- story; and a rule's messages of the last hour (its rate limit), by rule and time.
CREATE INDEX alert_match_doc ON alert_match (doc_id);
CREATE INDEX alert_story_key ON alert_story (story_key);
CREATE INDEX alert_delivery_rule_time ON alert_delivery (rule_id, created_at);
