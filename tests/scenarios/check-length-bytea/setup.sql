CREATE TABLE associations (handle varchar(255) PRIMARY KEY, secret bytea NOT NULL);
INSERT INTO associations VALUES ('a', '\x00010203'), ('b', 'héllo'), ('c', '\x');
