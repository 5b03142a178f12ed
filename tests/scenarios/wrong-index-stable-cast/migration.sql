CREATE INDEX events_lower_title ON events (lower(title));
-- A text-to-date cast reads DateStyle: STABLE, so not allowed in an index expression.
CREATE INDEX events_day ON events ((day_text::date));
