CREATE TABLE orders (
    id serial PRIMARY KEY,
    public_id uuid NOT NULL
);
INSERT INTO orders (public_id) VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), ('123e4567-e89b-12d3-a456-426614174000');
