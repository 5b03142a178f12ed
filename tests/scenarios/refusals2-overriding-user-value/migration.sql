INSERT INTO notes (author_id, body) OVERRIDING USER VALUE VALUES (7, 'serial is no identity');
INSERT INTO notes (id, body) OVERRIDING USER VALUE VALUES (DEFAULT, 'default');
INSERT INTO pins (note) OVERRIDING USER VALUE VALUES ('from the sequence');
INSERT INTO notes (id, body) OVERRIDING SYSTEM VALUE VALUES (9, 'given'), (DEFAULT, 'drawn');
