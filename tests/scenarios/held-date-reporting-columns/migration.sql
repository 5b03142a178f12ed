ALTER TABLE rentals ADD COLUMN billing_month text, ADD COLUMN weekday integer, ADD COLUMN duration interval;
UPDATE rentals
   SET billing_month = to_char(date_trunc('month', started), 'YYYY-MM'),
       weekday = extract(isodow FROM started)::integer,
       duration = age(returned, started);
SELECT id, billing_month, weekday, duration, to_char(started, 'Dy DD Mon YYYY HH24:MI') AS pretty,
       extract(epoch FROM returned - started) AS seconds, date_part('quarter', started) AS q
  FROM rentals ORDER BY id;
SELECT to_date('2024-W10', 'IYYY-"W"IW') AS iso_week_start, make_interval(days => 3, hours => 4) AS grace;
