-- Every literal is read by its type's input function (22P02) before any length
-- coercion is applied (22001), across all rows.
INSERT INTO users (id, name, score) VALUES (2, 'abcdef', 1), (3, 'a', 'x');
