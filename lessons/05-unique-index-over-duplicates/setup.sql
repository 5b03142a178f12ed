CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(200) NOT NULL,
    name text
);
INSERT INTO users (email, name) VALUES
    ('ada@example.test', 'Ada'),
    ('grace@example.test', 'Grace'),
    ('ADA@example.test', 'Ada again'),
    ('grace@example.test', 'Grace (second signup)');
