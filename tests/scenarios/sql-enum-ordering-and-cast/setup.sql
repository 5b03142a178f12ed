CREATE TYPE priority AS ENUM ('low', 'medium', 'high');
CREATE TABLE tasks (
    id serial PRIMARY KEY,
    title text NOT NULL,
    prio priority NOT NULL DEFAULT 'medium',
    prio_text text
);
INSERT INTO tasks (title, prio, prio_text) VALUES ('Write spec', 'high', 'low'), ('Review PR', 'low', 'high'), ('Deploy', DEFAULT, 'medium');
