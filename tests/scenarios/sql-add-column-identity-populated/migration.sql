ALTER TABLE events ADD COLUMN ticket_no integer GENERATED ALWAYS AS IDENTITY (START WITH 1000);
INSERT INTO events (id, title, attendees, starts_on) VALUES (4, 'Demo day', 30, '2024-07-01');
INSERT INTO events (id, title, attendees, starts_on, ticket_no) VALUES (5, 'Hack night', 15, '2024-07-02', 1);
