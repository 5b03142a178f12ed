CREATE TABLE page_views (id integer PRIMARY KEY, user_id integer NOT NULL, viewed_at timestamp NOT NULL, session_no integer);
INSERT INTO page_views (id, user_id, viewed_at) VALUES
 (1, 1, '2024-01-01 10:00'), (2, 1, '2024-01-01 10:10'), (3, 1, '2024-01-01 11:30'),
 (4, 2, '2024-01-01 09:00'), (5, 1, '2024-01-01 11:45'), (6, 2, '2024-01-02 09:00');
