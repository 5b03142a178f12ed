CREATE TABLE articles (
    id serial PRIMARY KEY,
    slug varchar(80) NOT NULL,
    summary varchar(500),
    body text NOT NULL
);
INSERT INTO articles (slug, summary, body) VALUES
    ('hello-world', 'A first article', 'Lorem ipsum dolor sit amet.'),
    ('second', NULL, 'Short body.'),
    ('third', 'Third one', 'Another body of text.');
