-- A subquery in FROM that is not LATERAL cannot read the items before it:
-- two relations have the column, neither in reach (INSERT's target, an item before it).
SELECT count(*) FROM accounts a, (SELECT e.id FROM events e) s;
INSERT INTO events (id) SELECT s.n FROM accounts, (SELECT id AS n WHERE code = 'a') s;
