INSERT INTO posts (id, title, meta) VALUES (1, repeat('ab', 40), '{"key": "a value long enough to exceed the sixty-four byte output limit"}');
