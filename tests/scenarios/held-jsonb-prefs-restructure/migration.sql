UPDATE users SET prefs = jsonb_set(prefs, '{notifications}', coalesce(prefs -> 'notifications', '{}'::jsonb) || jsonb_build_object('email', email_opt_in));
UPDATE users SET prefs = jsonb_strip_nulls(prefs - 'legacy_layout');
ALTER TABLE users DROP COLUMN email_opt_in;
SELECT id, prefs #>> '{notifications,email}' AS email, prefs ? 'theme' AS has_theme, prefs @> '{"notifications": {"sms": false}}' AS sms_off FROM users ORDER BY id;
