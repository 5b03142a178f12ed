CREATE TABLE page_stats (
    id serial PRIMARY KEY,
    path varchar(200) NOT NULL,
    views integer NOT NULL DEFAULT 0
);
INSERT INTO page_stats (path, views) VALUES
    ('/', 2500000),
    ('/pricing', 480),
    ('/about', 0);
