INSERT INTO parents VALUES ('new1', 'one') ON CONFLICT (label) DO UPDATE SET code = EXCLUDED.code;
INSERT INTO kids VALUES (4, 'new1'), (1, 'p2') ON CONFLICT (id) DO UPDATE SET parent = EXCLUDED.parent;
INSERT INTO kids VALUES (2, 'gone') ON CONFLICT (id) DO UPDATE SET parent = EXCLUDED.parent;
