CREATE TABLE tickets (id integer PRIMARY KEY, status text NOT NULL DEFAULT 'open', priority integer NOT NULL DEFAULT 3);
CREATE TABLE ticket_status_history (id serial PRIMARY KEY, ticket_id integer NOT NULL, old_status text, new_status text NOT NULL);
INSERT INTO tickets VALUES (1, 'open', 1), (2, 'open', 3), (3, 'closed', 2), (4, 'pending', 5);
