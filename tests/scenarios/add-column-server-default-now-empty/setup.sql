CREATE TABLE audit_events (
    id serial PRIMARY KEY,
    actor varchar(100) NOT NULL,
    action text NOT NULL
);
