CREATE TABLE campaigns (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL,
    clicks integer NOT NULL,
    impressions integer NOT NULL
);
INSERT INTO campaigns (name, clicks, impressions) VALUES
    ('Spring launch', 120, 4000),
    ('Newsletter', 15, 600),
    ('Paused test', 0, 0);
