CREATE TABLE memberships (
    id serial PRIMARY KEY,
    org_slug varchar(50) NOT NULL,
    user_email varchar(200) NOT NULL,
    role varchar(20) NOT NULL DEFAULT 'member',
    CONSTRAINT uq_memberships_org_user UNIQUE (org_slug, user_email)
);
ALTER TABLE memberships ADD CONSTRAINT uq_memberships_email UNIQUE (user_email);
INSERT INTO memberships (org_slug, user_email, role) VALUES
    ('acme', 'ada@example.com', 'owner'),
    ('acme', 'alan@example.com', 'member'),
    ('globex', 'grace@example.com', 'admin');
