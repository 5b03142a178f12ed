CREATE TABLE subscriptions (id serial PRIMARY KEY, plan varchar(20) NOT NULL);
INSERT INTO subscriptions (plan) VALUES ('pro'), ('free');
