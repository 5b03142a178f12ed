DELETE FROM sessions older
 USING sessions newer
 WHERE older.user_id = newer.user_id
   AND older.device = newer.device
   AND (older.seen, older.id) < (newer.seen, newer.id)
RETURNING older.id;
ALTER TABLE sessions ADD CONSTRAINT sessions_user_device_key UNIQUE (user_id, device);
