CREATE TABLE feature_flags (name text PRIMARY KEY, enabled boolean NOT NULL, rollout integer NOT NULL DEFAULT 0);
INSERT INTO feature_flags VALUES ('new_checkout', false, 0), ('dark_mode', true, 100), ('beta_search', false, 10);
