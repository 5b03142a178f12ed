CREATE TABLE tickets (
    id serial PRIMARY KEY,
    name varchar(10) NOT NULL,
    labels text[] NOT NULL DEFAULT '{}',
    priority int NOT NULL DEFAULT 1
);
INSERT INTO tickets (name, labels, priority) VALUES
    ('a', '{bug,ui}', 1), ('b', '{}', 2), ('c', '{bug,NULL}', 3), ('x', '{docs}', 9);
