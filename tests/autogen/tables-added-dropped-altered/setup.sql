CREATE TABLE notes (
    id serial PRIMARY KEY,
    title varchar(100) NOT NULL,
    body text
);
CREATE TABLE old_logs (
    id serial PRIMARY KEY,
    message text NOT NULL,
    logged_at timestamp NOT NULL DEFAULT now()
);
INSERT INTO notes (title, body) VALUES ('groceries', 'milk, eggs'), ('todo', NULL);
INSERT INTO old_logs (message) VALUES ('boot'), ('shutdown');
