CREATE TABLE events (id integer, account integer, seen_at timestamp, note text);
INSERT INTO events SELECT g, g % 4, timestamp '2026-01-01' + (g % 3) * interval '1 hour', 'n' || g FROM generate_series(1, 60) g;
