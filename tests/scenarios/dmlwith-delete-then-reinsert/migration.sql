INSERT INTO archived_posts (id, author) VALUES (2, 'first');
WITH old AS (DELETE FROM archived_posts WHERE id = 2) INSERT INTO archived_posts (id, author) VALUES (2, 'again');
