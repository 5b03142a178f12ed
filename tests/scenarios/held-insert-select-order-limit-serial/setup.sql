CREATE TABLE scores (player text NOT NULL, points integer NOT NULL, played_on date NOT NULL);
INSERT INTO scores VALUES ('ann', 30, '2024-01-01'), ('bob', 50, '2024-01-02'), ('ann', 25, '2024-01-03'), ('cy', 50, '2024-01-04'), ('dee', 10, '2024-01-05'), ('bob', 5, '2024-01-06');
CREATE TABLE leaderboard (rank serial PRIMARY KEY, player text NOT NULL UNIQUE, total integer NOT NULL);
