CREATE TABLE teams (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL
);
INSERT INTO teams (name) VALUES ('Platform'), ('Payments'), ('Growth');
CREATE TABLE engineers (
    id serial PRIMARY KEY,
    full_name varchar(200) NOT NULL
);
INSERT INTO engineers (full_name) VALUES ('Linus Torvalds'), ('Margaret Hamilton'), ('Barbara Liskov'), ('Ken Thompson');
