UPDATE gpg_keys SET key_id = 'DEADBEEF' WHERE key_id = 'abcdef01'::citext;
DELETE FROM gpg_keys WHERE key_id = 'ABCDEF02'::citext;
INSERT INTO gpg_keys VALUES (3, 'not-a-key');
