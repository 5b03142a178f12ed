CREATE TABLE subscriptions (id serial PRIMARY KEY);
INSERT INTO subscriptions DEFAULT VALUES;
INSERT INTO subscriptions DEFAULT VALUES;
