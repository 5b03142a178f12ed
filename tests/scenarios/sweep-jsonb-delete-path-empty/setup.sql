CREATE TABLE accounts (flag bigint, doc jsonb);
INSERT INTO accounts VALUES (1, '[]'), (2, '{}'), (3, '[[1]]');
