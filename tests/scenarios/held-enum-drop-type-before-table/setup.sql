CREATE TYPE mood AS ENUM ('happy', 'meh', 'sad');
CREATE TABLE checkins (id integer PRIMARY KEY, feeling mood NOT NULL, note text);
INSERT INTO checkins VALUES (1, 'happy', 'sunny'), (2, 'sad', NULL);
