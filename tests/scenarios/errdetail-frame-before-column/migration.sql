-- PostgreSQL's grammar rejects the frame before the missing target column is analysed.
INSERT INTO accounts (nosuch) SELECT sum(amount) OVER (ORDER BY id RANGE BETWEEN CURRENT ROW AND 1 PRECEDING) FROM accounts;
