ALTER TABLE events ADD COLUMN kind_code smallint;
DO $$
DECLARE
  batch_size constant int := 10;
  max_id int;
  updated int;
  total int := 0;
BEGIN
  SELECT max(id) INTO max_id FROM events;
  FOR start_id IN 1..max_id BY batch_size LOOP
    UPDATE events
       SET kind_code = CASE kind WHEN 'click' THEN 1 ELSE 2 END
     WHERE id >= start_id AND id < start_id + batch_size AND kind_code IS NULL;
    GET DIAGNOSTICS updated = ROW_COUNT;
    total := total + updated;
    RAISE NOTICE 'batch from %: % rows', start_id, updated;
  END LOOP;
  LOOP
    UPDATE events SET payload = upper(payload)
     WHERE id IN (SELECT id FROM events WHERE payload <> upper(payload) ORDER BY id LIMIT 7);
    EXIT WHEN NOT FOUND;
  END LOOP;
  IF total <> (SELECT count(*) FROM events) THEN
    RAISE EXCEPTION 'backfill missed rows: % of %', total, (SELECT count(*) FROM events);
  END IF;
END $$;
ALTER TABLE events ALTER COLUMN kind_code SET NOT NULL;
