CREATE TABLE page_views (path text NOT NULL, day date NOT NULL, hits integer NOT NULL DEFAULT 0, CONSTRAINT page_views_pkey PRIMARY KEY (path, day));
CREATE TABLE raw_hits (path text, at timestamp);
INSERT INTO page_views VALUES ('/', '2024-06-01', 10);
INSERT INTO raw_hits VALUES ('/', '2024-06-01 08:00'), ('/', '2024-06-01 09:30'), ('/about', '2024-06-01 10:00'), ('/', '2024-06-02 00:01'), ('/about', '2024-06-01 11:11');
