INSERT INTO users VALUES (3, 'c@x', 'C'), (1, 'b@x', 'A2') ON CONFLICT (id) DO UPDATE SET email = EXCLUDED.email;
