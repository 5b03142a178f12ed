CREATE TABLE applications (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL,
    email varchar(200),
    status varchar(20) NOT NULL DEFAULT 'new',
    created_at timestamp NOT NULL DEFAULT '2024-01-01 09:00:00'
);
