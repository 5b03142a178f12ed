-- A subquery in FROM that is not LATERAL cannot read the items before it:
-- PostgreSQL says where the column is and that LATERAL would reach it.
SELECT count(*) FROM accounts a, (SELECT code) s;
