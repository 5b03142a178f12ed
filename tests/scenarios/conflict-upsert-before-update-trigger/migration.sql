INSERT INTO items (label) VALUES (true), (true) ON CONFLICT (label) DO UPDATE SET label = false;
