INSERT INTO items (id, name) VALUES (1, 'x'), (4, 'd'), (3, 'y'), (5, 'e') ON CONFLICT (id) DO UPDATE SET hits = items.hits + 1, name = excluded.name RETURNING id, name, hits;
INSERT INTO items (id, name) VALUES (2, 'z') ON CONFLICT (id) DO UPDATE SET name = 'only-name';
