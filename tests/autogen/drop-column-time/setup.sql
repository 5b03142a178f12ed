CREATE TABLE shifts (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    starts_at time NOT NULL
);
INSERT INTO shifts (label, starts_at) VALUES ('early', '06:00'), ('late', '14:30:15');
