CREATE TABLE jobs (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    timeout interval DEFAULT '00:05:00'
);
INSERT INTO jobs (label, timeout) VALUES ('a', '1 hour'), ('b', '2 days 3 hours');
