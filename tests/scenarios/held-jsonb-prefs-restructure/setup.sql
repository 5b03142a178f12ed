CREATE TABLE users (id integer PRIMARY KEY, email_opt_in boolean, prefs jsonb NOT NULL DEFAULT '{}');
INSERT INTO users VALUES
  (1, true, '{"theme": "dark", "legacy_layout": true, "notifications": {"sms": false}}'),
  (2, false, '{"theme": null, "lang": "de"}'),
  (3, NULL, '{}');
