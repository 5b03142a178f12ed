CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(200) NOT NULL,
    name text
);
INSERT INTO users (email, name) VALUES
    ('ada@example.test', 'Ada'),
    ('grace@example.test', 'Grace'),
    ('ada@example.test', 'Ada (second signup)'),
    ('alan@example.test', 'Alan'),
    ('ADA@example.test', 'Ada, shouting'),
    ('grace@example.test', 'Grace (again)'),
    ('ada@example.test', 'Ada (third signup)');
