CREATE TYPE status AS ENUM ('active', 'inactive');
CREATE TABLE accounts (id int PRIMARY KEY, state text);
INSERT INTO accounts VALUES (1, 'active'), (2, 'closed');
