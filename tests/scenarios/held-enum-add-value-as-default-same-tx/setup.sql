CREATE TYPE plan_tier AS ENUM ('free', 'pro');
CREATE TABLE accounts (id integer PRIMARY KEY, tier plan_tier NOT NULL DEFAULT 'free');
INSERT INTO accounts VALUES (1, 'free'), (2, 'pro');
