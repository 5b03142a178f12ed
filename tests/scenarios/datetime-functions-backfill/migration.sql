ALTER TABLE events ADD COLUMN label text;
ALTER TABLE events ADD COLUMN quarter numeric;
ALTER TABLE events ADD COLUMN week_start timestamp;
ALTER TABLE events ADD COLUMN duration interval;
ALTER TABLE events ADD COLUMN price_text text;
UPDATE events SET
    label = to_char(starts_on, 'FMDay, FMDDth Month YYYY') || ' ' || coalesce(to_char(starts_at, 'HH12:MI AM'), '-'),
    quarter = extract(quarter FROM starts_on),
    week_start = date_trunc('week', starts_at),
    duration = justify_interval(age(ends_at, starts_at)),
    price_text = to_char(price, 'FM9,999.00');
UPDATE events SET starts_on = make_date(2024, 2, 30) WHERE id = 3;
