UPDATE users SET email = v.email FROM (VALUES (3, 'bob@example.com'), (4, 'cy@new.example.com')) AS v(id, email) WHERE users.id = v.id;
CREATE TABLE statuses (code text PRIMARY KEY, rank integer);
INSERT INTO statuses SELECT * FROM (VALUES ('draft', 1), ('submitted', 2)) AS s(code, rank);
