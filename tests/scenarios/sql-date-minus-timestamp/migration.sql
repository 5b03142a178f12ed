ALTER TABLE subscriptions ADD COLUMN first_term interval, ADD COLUMN lifetime interval;
UPDATE subscriptions SET first_term = renewed_at - started_on, lifetime = cancelled_at - started_on;
UPDATE subscriptions SET lifetime = coalesce(lifetime, cancelled_at - renewed_at, started_on - renewed_at);
SELECT id, started_on - renewed_at AS before_renewal, renewed_at - cancelled_at AS gap FROM subscriptions ORDER BY id;
ALTER TABLE subscriptions ADD CONSTRAINT renewed_after_start CHECK (renewed_at - started_on >= interval '0');
