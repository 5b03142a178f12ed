CREATE TABLE subscriptions (
    id serial PRIMARY KEY,
    customer_email varchar(200),
    plan varchar(20) NOT NULL,
    seats integer
);
INSERT INTO subscriptions (customer_email, plan, seats) VALUES
    ('ada@example.com', 'pro', 1),
    ('alan@example.com', 'team', 12),
    ('grace@example.com', 'free', NULL);
