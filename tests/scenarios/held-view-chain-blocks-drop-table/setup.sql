CREATE TABLE legacy_users (id integer PRIMARY KEY, email text NOT NULL, signup date NOT NULL);
CREATE VIEW active_users AS SELECT id, email FROM legacy_users WHERE signup > DATE '2020-01-01';
CREATE VIEW active_user_emails AS SELECT lower(email) AS email FROM active_users;
INSERT INTO legacy_users VALUES (1, 'Ann@example.com', '2019-05-01'), (2, 'bo@example.com', '2021-02-03');
