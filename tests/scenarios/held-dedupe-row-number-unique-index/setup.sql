CREATE TABLE subscribers (id serial PRIMARY KEY, email varchar(120) NOT NULL, signed_up timestamp NOT NULL, source text);
INSERT INTO subscribers (email, signed_up, source) VALUES
 ('Ann@Example.com', '2024-01-01 10:00', 'web'),
 ('ann@example.com ', '2024-02-01 10:00', 'import'),
 ('bo@example.com', '2024-01-05 08:00', NULL),
 ('BO@example.com', '2024-01-05 08:00', 'app'),
 ('cy@example.com', '2024-03-01 00:00', 'web');
