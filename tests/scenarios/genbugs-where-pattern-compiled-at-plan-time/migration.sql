-- Selectivity estimation (patternsel) compiles a WHERE's column ~ 'pattern': an invalid
-- pattern is 2201B before any row is read. In the select list it would need a row.
INSERT INTO accounts (qty) SELECT count(*) FROM accounts WHERE 'x' ~ code;
INSERT INTO accounts (qty) SELECT count(code ~ 'a{2,1}') FROM accounts;
DELETE FROM accounts WHERE qty = 1 OR code ~ 'a{2,1}';
