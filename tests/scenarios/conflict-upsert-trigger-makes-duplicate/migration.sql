INSERT INTO items (id, code) VALUES (1, 'q') ON CONFLICT (id) DO UPDATE SET code = 'c';
