CREATE TABLE files (id int PRIMARY KEY, bytes bigint, exact numeric);
INSERT INTO files VALUES (1, 512, 512.5), (2, 10752, 10240.7), (3, 20971519, 1048575999), (4, -10752, -0.5), (5, NULL, NULL);
