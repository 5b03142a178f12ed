CREATE TABLE subscriptions (
    id serial PRIMARY KEY,
    customer_email varchar(200),
    plan varchar(20) NOT NULL,
    seats integer,
    legacy_flag boolean,
    CONSTRAINT ck_subscriptions_plan CHECK (plan IN ('free', 'pro', 'team'))
);
INSERT INTO subscriptions (customer_email, plan, seats, legacy_flag) VALUES
    ('ada@example.com', 'pro', 1, true),
    ('alan@example.com', 'team', 12, NULL),
    ('grace@example.com', 'free', NULL, false);
