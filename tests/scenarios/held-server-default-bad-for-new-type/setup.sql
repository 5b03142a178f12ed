CREATE TABLE machines (id integer PRIMARY KEY, state text NOT NULL DEFAULT 'idle');
INSERT INTO machines VALUES (1, 'idle'), (2, 'running');
