CREATE TABLE tickets (
    id serial PRIMARY KEY,
    title varchar(100) NOT NULL
);
INSERT INTO tickets (title) VALUES ('Printer jam'), ('VPN down'), ('New laptop');
