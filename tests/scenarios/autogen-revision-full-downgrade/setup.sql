CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(255) NOT NULL,
    display_name varchar(100),
    created_at timestamp NOT NULL DEFAULT '2024-01-01 00:00:00'
);
INSERT INTO users (email, display_name, created_at) VALUES
    ('ada@example.com', 'Ada', '2024-01-02 08:00:00'),
    ('alan@example.com', NULL, '2024-01-03 09:00:00'),
    ('grace@example.com', 'Grace', '2024-01-04 10:00:00');
CREATE TABLE alembic_version (
    version_num varchar(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version VALUES ('1a2b3c4d5e6f');
