INSERT INTO calendar (day, iso_dow, week, label)
SELECT d::date, extract(isodow FROM d)::int, extract(week FROM d)::int, to_char(d, 'Dy DD Mon YYYY')
FROM generate_series(timestamp '2024-02-26', timestamp '2024-03-03', interval '1 day') AS g(d);
ALTER TABLE calendar ADD COLUMN bookings integer NOT NULL DEFAULT 0;
UPDATE calendar c SET bookings = x.n FROM (SELECT day, count(*) AS n FROM bookings GROUP BY day) x WHERE x.day = c.day;
ALTER TABLE bookings ADD CONSTRAINT bookings_day_fkey FOREIGN KEY (day) REFERENCES calendar(day);
INSERT INTO bookings (day) SELECT '2024-03-01'::date + n FROM generate_series(0, 3) n;
