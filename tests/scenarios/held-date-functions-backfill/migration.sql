ALTER TABLE subscriptions ADD COLUMN ends_at timestamp, ADD COLUMN cohort text, ADD COLUMN age_at_start interval, ADD COLUMN started_week timestamp;
UPDATE subscriptions SET
  ends_at = started_at + make_interval(months => months),
  cohort = to_char(date_trunc('month', started_at), 'YYYY-MM') || '/Q' || to_char(started_at, 'Q'),
  age_at_start = age(started_at::date, birth),
  started_week = date_trunc('week', started_at);
UPDATE subscriptions SET cohort = cohort || ' ' || to_char(ends_at - started_at, 'DD "days" HH24:MI') WHERE extract(year FROM age_at_start) > 30 OR birth IS NULL;
ALTER TABLE subscriptions ADD CONSTRAINT ends_after_start CHECK (ends_at > started_at + interval '28 days');
