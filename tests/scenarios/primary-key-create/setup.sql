CREATE TABLE tags (
    id integer NOT NULL,
    label varchar(50)
);
INSERT INTO tags (id, label) VALUES (1, 'urgent'), (2, 'backend'), (3, NULL);
