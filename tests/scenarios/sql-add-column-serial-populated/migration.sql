ALTER TABLE events ADD COLUMN seq serial;
ALTER TABLE events ADD COLUMN big_seq bigserial NOT NULL;
INSERT INTO events (id, title, attendees, starts_on) VALUES (4, 'Demo day', 30, '2024-07-01');
