CREATE TABLE campaigns (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL,
    clicks integer NOT NULL,
    impressions integer NOT NULL
);
INSERT INTO campaigns (name, clicks, impressions) VALUES
    ('spring', 30, 1000), ('summer', 5, 250), ('autumn', 0, 0), ('winter', 12, 400);
