CREATE TABLE projects (
    id serial PRIMARY KEY,
    tenant_id integer NOT NULL,
    slug varchar(60) NOT NULL,
    title varchar(200) NOT NULL
);
INSERT INTO projects (tenant_id, slug, title) VALUES (1, 'alpha', 'Alpha'), (1, 'beta', 'Beta'), (2, 'alpha', 'Alpha for tenant 2');
